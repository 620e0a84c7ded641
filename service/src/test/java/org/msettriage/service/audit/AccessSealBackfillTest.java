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
 * A store made before migration 31 holds an access log with no seal: migration 31.1 gives each entry the
 * digest of its reason and queues it with the seal key, a slice at a time, so verification does not report
 * every earlier read as unsealed.
 */
class AccessSealBackfillTest {

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    @Test
    void readsLoggedBeforeMigrationThirtyOneAreQueuedWithTheKey() {
        OldStore store = store();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        store.flyway()
                .target("30.1")
                .javaMigrations(new MeetingSealBackfill(keys()))
                .load()
                .migrate();
        // More than two slices of the migration's, half of them with a reason; in one batch, as a
        // PostgreSQL commit a row would take half a minute.
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(new Object[] {UUID.randomUUID(), UUID.randomUUID(), i % 2 == 0 ? "an encrypted reason " + i : null
            });
        }
        new JdbcTemplate(store.dataSource()).batchUpdate("""
                        INSERT INTO decision_access (access_id, decision_id, accessed_at, caller_method, caller_name,
                                                     channel, reason_encrypted)
                        VALUES (?, ?, CURRENT_TIMESTAMP, 'API_KEY', 'demo-auditor', 'API', ?)
                        """, rows);

        store.flyway()
                .javaMigrations(new MeetingSealBackfill(keys()), new AccessSealBackfill(keys()))
                .target("31.1")
                .load()
                .migrate();

        List<SealedAccess> entries = jdbc.sql("SELECT " + SealedAccess.COLUMNS + " FROM decision_access da")
                .query((row, n) -> SealedAccess.from(row))
                .list();
        assertThat(entries).hasSize(2500);
        assertThat(entries).filteredOn(entry -> entry.reasonSha256() == null).hasSize(1250);
        Map<UUID, String> reasons = new HashMap<>();
        jdbc.sql("SELECT access_id, reason_encrypted FROM decision_access WHERE reason_encrypted IS NOT NULL")
                .query(row -> {
                    reasons.put(row.getObject(1, UUID.class), row.getString(2));
                });
        Map<UUID, QueueEntry> queued = new HashMap<>();
        jdbc.sql("SELECT decision_id, record_sha256, queue_mac FROM decision_unsealed WHERE record_kind = 'ACCESS'")
                .query(row -> {
                    UUID id = row.getObject("decision_id", UUID.class);
                    queued.put(id, new QueueEntry(id, row.getString("record_sha256"), row.getString("queue_mac")));
                });
        assertThat(queued).hasSize(2500);
        for (SealedAccess entry : entries) {
            String reason = reasons.get(entry.accessId());
            assertThat(entry.reasonSha256()).isEqualTo(reason == null ? null : PersonalDigest.ofEncryptedText(reason));
            // As the sealer checks it: made with the key, and the entry still as it was queued.
            assertThat(queued.get(entry.accessId()).matches(entry, keys().seal()))
                    .isTrue();
        }
    }

    private static AuditKeys keys() {
        return new AuditKeys(
                AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL),
                new MockEnvironment());
    }
}
