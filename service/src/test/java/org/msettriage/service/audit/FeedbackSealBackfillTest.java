package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * A store made before migration 32 holds feedback with no seal: migration 32.1 gives each the digest of its
 * comment and queues it with the seal key, a slice at a time, so verification does not report every
 * earlier piece of feedback as unsealed.
 */
class FeedbackSealBackfillTest {

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    @Test
    void feedbackGivenBeforeMigrationThirtyTwoIsQueuedWithTheKey() {
        OldStore store = store();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        store.flyway()
                .target("31.1")
                .javaMigrations(new MeetingSealBackfill(keys()), new AccessSealBackfill(keys()))
                .load()
                .migrate();
        UUID decision = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO decision (decision_id, decided_at, ruleset_version, ruleset_sha256, risk_level,
                                      fired_rules_json)
                VALUES (:id, CURRENT_TIMESTAMP, '2026.12.2', :sha, 'NONE', '{}')
                """).param("id", decision).param("sha", "0".repeat(64)).update();
        // More than one slice of the migration's, half of them with a comment.
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            rows.add(new Object[] {UUID.randomUUID(), decision, i % 2 == 0 ? "an encrypted comment " + i : null});
        }
        new JdbcTemplate(store.dataSource()).batchUpdate("""
                        INSERT INTO decision_feedback (feedback_id, decision_id, recorded_at, caller_method,
                                                       caller_name, outcome, comment_encrypted)
                        VALUES (?, ?, CURRENT_TIMESTAMP, 'API_KEY', 'demo-case-system', 'ACCEPTED', ?)
                        """, rows);

        store.flyway()
                .javaMigrations(
                        new MeetingSealBackfill(keys()),
                        new AccessSealBackfill(keys()),
                        new FeedbackSealBackfill(keys()))
                .target("32.1")
                .load()
                .migrate();

        List<SealedFeedback> given = jdbc.sql("SELECT " + SealedFeedback.COLUMNS + " FROM decision_feedback fb")
                .query((row, n) -> SealedFeedback.from(row))
                .list();
        assertThat(given).hasSize(1500);
        assertThat(given)
                .filteredOn(feedback -> feedback.commentSha256() == null)
                .hasSize(750);
        Map<UUID, QueueEntry> queued = new HashMap<>();
        jdbc.sql("SELECT decision_id, record_sha256, queue_mac FROM decision_unsealed WHERE record_kind = 'FEEDBACK'")
                .query(row -> {
                    UUID id = row.getObject("decision_id", UUID.class);
                    queued.put(id, new QueueEntry(id, row.getString("record_sha256"), row.getString("queue_mac")));
                });
        assertThat(queued).hasSize(1500);
        for (SealedFeedback feedback : given) {
            // As the sealer checks it: made with the key, and the feedback still as it was queued.
            assertThat(queued.get(feedback.feedbackId()).matches(feedback, keys().seal()))
                    .isTrue();
        }
    }

    private static AuditKeys keys() {
        return new AuditKeys(
                AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL),
                new MockEnvironment());
    }
}
