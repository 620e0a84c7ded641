package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.Outcome;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.candidate.StoredDecisionJson;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.links.History;
import org.msettriage.rules.links.IdentifierKind;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.links.IntelligenceJson;
import org.msettriage.rules.links.Link;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.referral.RiskLevel;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.ruleset.ScenarioLibrary;
import tools.jackson.databind.json.JsonMapper;

/**
 * The links and history a decision was made with are read back from its stored answer exactly as they were
 * (so an impact replay or a shadow run decides by them).
 */
class StoredIntelligenceTest {

    private static final JsonMapper JSON = HttpJson.JSON;
    // Loaded once for the class, from the compiled form built into the jar.
    private static final TriageEngine PACKAGED = CandidateRulesets.packagedEngine();
    private static final DecisionMapper ANSWER = new DecisionMapper(JSON);

    /** The answer's JSON as the service stores it. */
    private static String storedAnswer(OffsetDateTime decidedAt, Referral referral, RiskAssessment decided) {
        return ANSWER.json(ANSWER.of(new Triage.Assessed(UUID.randomUUID(), decidedAt, referral, decided)));
    }

    @Test
    void theAnswerHoldsTheIntelligenceItWasDecidedWith() {
        Referral referral = ReferralMapper.fromJson(
                        JSON, TriageRoundTripTestReferral.json().getBytes(StandardCharsets.UTF_8))
                .withDefaults(OffsetDateTime.parse("2026-11-12T10:00:00Z"));
        Intelligence used = new Intelligence(
                List.of(new Link(IdentifierKind.PERSON, "/perpetrators/0/nickname", 3, 4, 2)),
                new History(2, RiskLevel.EMERGING, OffsetDateTime.parse("2026-07-01T08:30:00Z")));

        String stored =
                storedAnswer(OffsetDateTime.parse("2026-11-12T10:00:01Z"), referral, PACKAGED.assess(referral, used));

        assertThat(IntelligenceJson.read(JSON.readTree(stored))).isEqualTo(used);
        assertThat(StoredDecisionJson.read(JSON, stored.getBytes(StandardCharsets.UTF_8))
                        .intelligence())
                .isEqualTo(used);
    }

    /**
     * An impact replay takes the active ruleset's outcome from a decision that ruleset made instead of
     * deciding it again: for every packaged scenario, the stored answer gives back exactly the outcome and
     * the ruleset of the decision it was written from.
     */
    @Test
    void everyScenariosStoredAnswerGivesBackTheOutcomeItWasWrittenFrom() {
        List<Scenario> scenarios = ScenarioLibrary.packaged();
        assertThat(scenarios).hasSizeGreaterThan(250);
        for (Scenario scenario : scenarios) {
            Referral referral = scenario.referral().withDefaults(OffsetDateTime.parse("2026-11-12T10:00:00Z"));
            RiskAssessment decided = PACKAGED.assess(referral, scenario.intelligence());
            byte[] stored =
                    storedAnswer(OffsetDateTime.now(), referral, decided).getBytes(StandardCharsets.UTF_8);

            StoredDecisionJson.Read read = StoredDecisionJson.read(JSON, stored);

            assertThat(read.given())
                    .as(scenario.file())
                    .isEqualTo(new ReplayedReferral.Given(PACKAGED.identity().sha256(), Outcome.of(decided)));
            assertThat(read.intelligence()).as(scenario.file()).isEqualTo(decided.intelligence());
        }
    }
}
