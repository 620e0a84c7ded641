package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.referral.RiskLevel;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored answer gives an impact replay the outcome it recorded only when it records all of it: anything
 * missing or unreadable leaves the replay to decide the referral again.
 */
class StoredDecisionJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SHA = "3d48e338c963677125311ad4b9eaebf0852e1750788e4407824ddc539e36d06e";

    @Test
    void aWholeAnswerGivesItsRulesetAndOutcome() {
        ReplayedReferral.Given given = StoredDecisionJson.read(
                        JSON,
                        answer(
                                "\"riskLevel\": \"SIGNIFICANT\"",
                                "\"eligible\": true",
                                "{\"code\": \"A\", \"timescale\": \"WITHIN_7_DAYS\"}, {\"code\": \"B\"}"))
                .given();

        assertThat(given)
                .isEqualTo(new ReplayedReferral.Given(
                        SHA,
                        new Outcome(
                                RiskLevel.SIGNIFICANT,
                                "MSET_PANEL",
                                true,
                                false,
                                Map.of("A", "WITHIN_7_DAYS", "B", ""))));
    }

    @Test
    void anAnswerMissingAnyPartGivesNone() {
        assertThat(StoredDecisionJson.read(JSON, answer("\"score\": 3", "\"eligible\": true", ""))
                        .given())
                .as("no level")
                .isNull();
        assertThat(StoredDecisionJson.read(JSON, answer("\"riskLevel\": \"HIGHEST\"", "\"eligible\": true", ""))
                        .given())
                .as("a level this version does not know")
                .isNull();
        assertThat(StoredDecisionJson.read(JSON, answer("\"riskLevel\": \"NONE\"", "\"eligible\": null", ""))
                        .given())
                .as("no eligibility")
                .isNull();
        assertThat(StoredDecisionJson.read(
                                JSON, answer("\"riskLevel\": \"NONE\"", "\"eligible\": true", "{\"title\": \"x\"}"))
                        .given())
                .as("an action without its code")
                .isNull();
        assertThat(StoredDecisionJson.read(
                                JSON,
                                "{\"riskLevel\": \"NONE\", \"pathway\": \"UNIVERSAL\"}"
                                        .getBytes(StandardCharsets.UTF_8))
                        .given())
                .as("no ruleset, eligibility or actions")
                .isNull();
    }

    @Test
    void anAnswerWithNoActionsGivesNone() {
        ReplayedReferral.Given given = StoredDecisionJson.read(
                        JSON, answer("\"riskLevel\": \"NONE\"", "\"eligible\": false", ""))
                .given();

        assertThat(given.outcome().actions()).isEmpty();
        assertThat(given.outcome().preMsetEligible()).isFalse();
    }

    /** An answer in the contract's shape, with reasons and wording around the parts a replay reads. */
    private static byte[] answer(String level, String preMsetEligible, String actions) {
        return """
                {"decisionId": "d-1", "ruleset": {"version": "2026.12.2", "sha256": "%s"}, %s,
                 "reasons": [{"code": "X", "text": "riskLevel SIGNIFICANT"}], "pathway": "MSET_PANEL",
                 "preMset": {"reasons": [{"code": "PRE", "text": "t", "eligible": false}], %s},
                 "msetPanel": {"eligible": false, "reasons": []},
                 "actions": [%s], "links": [], "history": null}
                """.formatted(SHA, level, preMsetEligible, actions).getBytes(StandardCharsets.UTF_8);
    }
}
