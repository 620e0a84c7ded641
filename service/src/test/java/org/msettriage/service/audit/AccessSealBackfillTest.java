package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * A store made before migration 31 holds an access log with no seal: migration 31.1 gives each entry the
 * digest of its reason and queues it with the seal key, so verification does not report every earlier read
 * as unsealed, and a reason removed early still shows.
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
        for (String reason : new String[] {"an encrypted reason", null}) {
            jdbc.sql("""
                    INSERT INTO decision_access (access_id, decision_id, accessed_at, caller_method, caller_name,
                                                 channel, reason_encrypted)
                    VALUES (:id, :decision, CURRENT_TIMESTAMP, 'API_KEY', 'demo-auditor', 'API', :reason)
                    """)
                    .param("id", UUID.randomUUID())
                    .param("decision", UUID.randomUUID())
                    .param("reason", reason)
                    .update();
        }

        store.flyway()
                .javaMigrations(new MeetingSealBackfill(keys()), new AccessSealBackfill(keys()))
                .target("31.1")
                .load()
                .migrate();

        List<SealedAccess> entries = jdbc.sql("SELECT " + SealedAccess.COLUMNS + " FROM decision_access da")
                .query((row, n) -> SealedAccess.from(row))
                .list();
        assertThat(entries).hasSize(2);
        assertThat(entries)
                .extracting(SealedAccess::reasonSha256)
                .containsExactlyInAnyOrder(PersonalDigest.ofAccessReason("an encrypted reason"), null);
        for (SealedAccess entry : entries) {
            List<QueueEntry> queued = jdbc.sql("SELECT decision_id, record_sha256, queue_mac FROM decision_unsealed"
                            + " WHERE decision_id = :id AND record_kind = 'ACCESS'")
                    .param("id", entry.accessId())
                    .query((row, n) -> new QueueEntry(
                            row.getObject("decision_id", UUID.class),
                            row.getString("record_sha256"),
                            row.getString("queue_mac")))
                    .list();
            // As the sealer checks it: made with the key, and the entry still as it was queued.
            assertThat(queued)
                    .singleElement()
                    .satisfies(q -> assertThat(q.matches(entry, keys().seal())).isTrue());
        }
    }

    private static AuditKeys keys() {
        return new AuditKeys(
                AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL),
                new MockEnvironment());
    }
}
