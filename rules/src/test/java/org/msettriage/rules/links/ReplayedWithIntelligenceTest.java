package org.msettriage.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.Candidates;
import org.msettriage.rules.candidate.ImpactTally;
import org.msettriage.rules.candidate.Outcome;
import org.msettriage.rules.candidate.ReplayedReferral;
import org.msettriage.rules.candidate.StoredDecisionJson;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.referral.RiskLevel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Policy v1.1 section 10, replays: a stored decision is decided again by the links and history it was made
 * with, read back from its answer, on both rulesets.
 */
class ReplayedWithIntelligenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aReplayDecidesByTheLinksTheDecisionWasMadeWith() {
        TriageEngine engine = Candidates.engine(Candidates.packaged());
        var ex1 = Candidates.scenarios().stream()
                .filter(s -> s.file().startsWith("examples-repeat-missing"))
                .findFirst()
                .orElseThrow()
                .referral();
        Intelligence stored = IntelligenceJson.read(JSON.readTree("""
                {"links": [{"kind": "PERSON", "field": "/perpetrators/0/nickname", "otherChildren": 2,
                            "otherReferrals": 2, "localAuthorities": 1}],
                 "history": {"earlierDecisions": 1, "latestRiskLevel": "MODERATE",
                             "latestAssessedAt": "2026-08-01T09:00:00Z"}}
                """));

        ImpactTally.Replay replay = new ImpactTally(engine, engine)
                .decide(new ReplayedReferral(ReplayedReferral.Source.DECISION, "d-1", ex1, stored));

        for (var decided : List.of(replay.before(), replay.after())) {
            assertThat(decided.actionCodes()).contains("PLACE_PERPETRATOR_AGENDA");
        }
        RiskAssessment decided = engine.assess(ex1, stored);
        assertThat(Outcome.of(decided)).isEqualTo(replay.before());
        assertThat(decided.msetPanel().reasons()).anyMatch(r -> r.code().equals("ADDS_NOT_REDUCING"));
        assertThat(decided.links()).isEqualTo(stored.links());
        assertThat(stored.history())
                .isEqualTo(new History(1, RiskLevel.MODERATE, java.time.OffsetDateTime.parse("2026-08-01T09:00:00Z")));
    }

    @Test
    void aDecisionMadeBeforeLinksReplaysWithNone() {
        Intelligence none = IntelligenceJson.read(JSON.readTree("{\"riskLevel\": \"MODERATE\"}"));
        assertThat(none.links()).isEmpty();
        assertThat(none.history()).isNull();
        Intelligence noneYet = IntelligenceJson.read(JSON.readTree("""
                {"links": [], "history": {"earlierDecisions": 0, "latestRiskLevel": null, "latestAssessedAt": null}}
                """));
        assertThat(noneYet.history()).isEqualTo(History.NONE);
    }

    @Test
    void aDecisionsLinksAndHistoryReadAloneAreThoseOfItsWholeTree() {
        List<String> decisions = List.of(
                """
                {"decisionId": "d-1", "reasons": [{"code": "X", "links": []}], "links": [{"kind": "VEHICLE",
                 "field": "/perpetrators/0/vehicle", "otherChildren": 3, "otherReferrals": 4, "localAuthorities": 2}],
                 "summary": {"history": "not this one"},
                 "history": {"earlierDecisions": 2, "latestRiskLevel": "SIGNIFICANT",
                             "latestAssessedAt": "2026-09-01T09:00:00Z"}, "actions": [{"code": "A"}]}
                """,
                "{\"riskLevel\": \"MODERATE\", \"links\": [], \"history\": null}",
                "{\"riskLevel\": \"MODERATE\"}");
        for (String decision : decisions) {
            assertThat(StoredDecisionJson.read(JSON, decision.getBytes(StandardCharsets.UTF_8))
                            .intelligence())
                    .isEqualTo(IntelligenceJson.read(JSON.readTree(decision)));
        }
        assertThat(StoredDecisionJson.read(JSON, decisions.get(0).getBytes(StandardCharsets.UTF_8))
                        .intelligence()
                        .links())
                .hasSize(1);
    }
}
