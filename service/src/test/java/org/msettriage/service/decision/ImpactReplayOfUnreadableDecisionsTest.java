package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.ruleset.ImpactReplays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * A stored decision whose referral cannot be read (a row with an empty request, as no case system can send,
 * or one whose content retention removed) is left out of an impact replay and listed, and the replay of
 * every other decision goes on. Its
 * own context: the replay takes every stored decision.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=impact-unreadable-test")
class ImpactReplayOfUnreadableDecisionsTest extends ServiceTest {

    @Autowired
    DecisionBatch batches;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anUnreadableStoredReferralIsLeftOutAndListedAndTheRestIsReplayed() throws InterruptedException {
        NewDecision unreadable = TestDecisions.askedBy("forged");
        NewDecision removed = TestDecisions.askedBy("removed at retention");
        batches.write(List.of(batches.prepare(unreadable), batches.prepare(removed)));
        // As retention leaves a decision whose personal content it removed.
        jdbc.sql("UPDATE decision SET request_sealed = NULL WHERE decision_id = :id")
                .param("id", removed.decisionId())
                .update();
        assertThat(http().post("/api/v1/triage", org.msettriage.service.ruleset.Referrals.UP_TO_MODERATE)
                        .status())
                .isEqualTo(201);
        HttpJson lead = as(DemoClients.POLICY_LEAD);
        assertThat(lead.postZip(
                                "/api/v1/rulesets/validate",
                                CandidateRulesets.zip(CandidateRulesets.raisedWeight("unreadable-1")))
                        .status())
                .isEqualTo(200);

        JsonNode state = ImpactReplays.replayed(lead, "unreadable-1");

        assertThat(state.path("state").asString()).as(state.toString()).isEqualTo("DONE");
        JsonNode report = state.path("report");
        assertThat(report.path("notReplayed"))
                .extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(
                        unreadable.decisionId().toString(), removed.decisionId().toString());
        assertThat(report.path("decisions").path("replayed").asInt()).isEqualTo(1);
        assertThat(report.path("decisions").path("levelUp").asInt()).isEqualTo(1);
    }
}
