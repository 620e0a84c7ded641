package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Decisions cut from the middle of the chain with their links: every position left empty is named, in
 * words, by the API, the command line and the verification page, not only the last one. Its own context,
 * as it cuts.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=cut-chain")
class CutChainTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    Environment database;

    @Test
    void everyPositionCutFromTheMiddleIsNamed() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            HttpJson.Answer answer = http().post(
                            "/api/v1/triage",
                            Referrals.referral("cut-" + i, 14, "FEMALE", "GATESHEAD", "CSE03:CURRENT"));
            assertThat(answer.status()).isEqualTo(201);
            ids.add(UUID.fromString(answer.json().get("decisionId").asString()));
        }
        sealer.sealPending();
        assertThat(auditVerification("").has("missingLinks")).isFalse();
        List<Long> cut = new ArrayList<>();
        for (UUID id : ids.subList(2, 5)) {
            cut.add(jdbc.sql("SELECT position FROM decision_seal WHERE decision_id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .single());
            for (String table : List.of(
                    "decision_seal", "decision_access", "decision_feedback", "decision_return_interview", "decision")) {
                jdbc.sql("DELETE FROM " + table + " WHERE decision_id = :id")
                        .param("id", id)
                        .update();
            }
        }
        String sentence = "3 links are missing from the chain: positions " + cut.get(0) + ", " + cut.get(1) + " and "
                + cut.get(2) + ".";

        JsonNode found = auditVerification("");
        assertThat(found.get("intact").asBoolean()).isFalse();
        assertThat(found.get("missingLinks").get("count").asLong()).isEqualTo(3);
        assertThat(found.get("missingLinks").get("first").valueStream().map(JsonNode::asLong))
                .containsExactlyElementsOf(cut);
        List<Long> positionsRemoved = new ArrayList<>();
        found.get("problems")
                .forEach(problem -> positionsRemoved.add(problem.get("position").asLong()));
        assertThat(positionsRemoved).containsExactlyElementsOf(cut);

        AuditCommandLine.Run cli = AuditCommandLine.verify(database);
        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out().lines()).contains(sentence);
        assertThat(verificationPage("")).contains("Missing from the chain", sentence);
    }
}
