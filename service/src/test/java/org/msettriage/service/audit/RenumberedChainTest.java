package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A decision removed with its link, and the links after it renumbered down to close the gap: the shifted
 * links are not reported as moved (each one's MAC does match the position above, so a search for where a
 * link was sealed "proves" a move that never happened, found by a review). Its own context, as it cuts.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=renumbered-chain")
class RenumberedChainTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Test
    void linksRenumberedOverARemovedOneAreNotCalledMoved() {
        for (int i = 0; i < 6; i++) {
            assertThat(http().post(
                                    "/api/v1/triage",
                                    Referrals.referral("renumbered-" + i, 14, "FEMALE", "GATESHEAD", "CSE03:CURRENT"))
                            .status())
                    .isEqualTo(201);
        }
        sealer.sealPending();
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();
        long gap = 3;
        UUID removed = jdbc.sql("SELECT decision_id FROM decision_seal WHERE position = :position")
                .param("position", gap)
                .query(UUID.class)
                .single();
        for (String table : List.of(
                "decision_seal", "decision_access", "decision_feedback", "decision_return_interview", "decision")) {
            jdbc.sql("DELETE FROM " + table + " WHERE decision_id = :id")
                    .param("id", removed)
                    .update();
        }
        long last = jdbc.sql("SELECT MAX(position) FROM decision_seal")
                .query(Long.class)
                .single();
        for (long position = gap + 1; position <= last; position++) {
            jdbc.sql("UPDATE decision_seal SET position = :to WHERE position = :from")
                    .param("to", position - 1)
                    .param("from", position)
                    .update();
        }

        JsonNode found = auditVerification("");

        assertThat(found.get("intact").asBoolean()).isFalse();
        List<String> kinds = new ArrayList<>();
        found.get("problems").forEach(problem -> kinds.add(problem.get("kind").asString()));
        assertThat(kinds).isNotEmpty().doesNotContain("REORDERED");
    }
}
