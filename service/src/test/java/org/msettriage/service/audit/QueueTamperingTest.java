package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.Referrals;
import org.msettriage.service.store.HashBytes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Tampering through the sealing queue and the removal date, by someone who can write to the database
 * but has no seal key: re-sealing an edited decision, queuing a made-up one, queuing a sealed one again
 * (which must not stop the sealer), and a removal dated in the future. Each is named; sealing goes on,
 * even behind a round's worth of made-up entries.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=queue-tampering")
class QueueTamperingTest extends ServiceTest {

    private static final String NO_KEY_MAC = "ab".repeat(32);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Test
    void queueTamperingAndFutureRemovalAreNamedAndSealingGoesOn() {
        UUID resealed = triage("queue-0");
        UUID requeued = triage("queue-1");
        UUID removedLater = triage("queue-2");
        triage("queue-3");
        sealer.sealPending();

        // Edit a sealed decision, drop its link, and queue it to be sealed again at the end.
        jdbc.sql("UPDATE decision SET risk_level = 'NONE' WHERE decision_id = :id")
                .param("id", resealed)
                .update();
        long resealedAt = jdbc.sql("SELECT position FROM decision_seal WHERE decision_id = :id")
                .param("id", resealed)
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM decision_seal WHERE decision_id = :id")
                .param("id", resealed)
                .update();
        queue(resealed);
        // Add a decision of one's own and queue it.
        UUID madeUp = UUID.randomUUID();
        jdbc.sql("INSERT INTO decision (decision_id, decided_at, ruleset_version, ruleset_sha256, risk_level,"
                        + " fired_rules_json, fired_rules_packed) SELECT :id, decided_at, ruleset_version, ruleset_sha256, 'NONE',"
                        + " fired_rules_json, fired_rules_packed FROM decision WHERE decision_id = :source")
                .param("id", madeUp)
                .param("source", requeued)
                .update();
        queue(madeUp);
        // Queue a sealed decision again: the sealer must not stall on it.
        queue(requeued);
        // Remove content with a removal date still to come.
        jdbc.sql(
                        "UPDATE decision SET request_sealed = NULL, response_sealed = NULL, child_ref_hash = NULL,"
                                + " personal_removed_at = TIMESTAMP WITH TIME ZONE '2099-01-01 00:00:00+00' WHERE decision_id = :id")
                .param("id", removedLater)
                .update();
        // As many made-up entries as a round reads, at the queue's head: the sealer must read past them.
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO decision (decision_id, decided_at, ruleset_version, ruleset_sha256, risk_level,"
                            + " fired_rules_json, fired_rules_packed) SELECT :id, decided_at, ruleset_version,"
                            + " ruleset_sha256, 'NONE', fired_rules_json, fired_rules_packed FROM decision"
                            + " WHERE decision_id = :source")
                    .param("id", id)
                    .param("source", requeued)
                    .update();
            queue(id);
            many.add(id);
        }
        UUID later = triage("queue-4");
        sealer.sealPending();

        JsonNode verification =
                as(DemoClients.AUDITOR).get("/api/v1/audit/verify").json();

        List<String> found = new ArrayList<>();
        List<String> foundOfMany = new ArrayList<>();
        verification.get("problems").forEach(p -> {
            String problem = p.get("kind").asString() + " "
                    + p.get("decisionId").asString() + ": " + p.get("detail").asString();
            (many.contains(UUID.fromString(p.get("decisionId").asString())) ? foundOfMany : found).add(problem);
        });
        assertThat(foundOfMany)
                .hasSize(many.size())
                .allMatch(problem -> problem.endsWith(
                        ": altered while it waited to be sealed, or queued by someone" + " without the seal key"));
        assertThat(found)
                .containsExactlyInAnyOrder(
                        "CHANGED " + resealed + ": its seal at position " + resealedAt + " is gone",
                        "CHANGED " + resealed + ": altered while it waited to be sealed, or queued by someone"
                                + " without the seal key",
                        "CHANGED " + madeUp + ": altered while it waited to be sealed, or queued by someone without"
                                + " the seal key",
                        "CHANGED " + requeued + ": queued to be sealed again after it was sealed",
                        "CHANGED " + removedLater + ": its personal content is recorded as removed on 2099-01-01, a"
                                + " date still to come");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_seal WHERE decision_id = :id")
                        .param("id", later)
                        .query(Long.class)
                        .single())
                .as("a decision stored after the tampering is still sealed")
                .isEqualTo(1);
    }

    private UUID triage(String id) {
        HttpJson.Answer answer =
                http().post("/api/v1/triage", Referrals.referral(id, 15, "MALE", "NEWCASTLE", "PUSH03:CURRENT"));
        assertThat(answer.status()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    /** A queue entry as someone without the seal key can make it: the right shape, a MAC they guessed. */
    private void queue(UUID id) {
        jdbc.sql("INSERT INTO decision_unsealed (decision_id, queued_at, record_sha256, queue_mac)"
                        + " VALUES (:id, CURRENT_TIMESTAMP, :sha, :mac)")
                .param("id", id)
                .param("sha", HashBytes.of("cd".repeat(32)))
                .param("mac", HashBytes.of(NO_KEY_MAC))
                .update();
    }
}
