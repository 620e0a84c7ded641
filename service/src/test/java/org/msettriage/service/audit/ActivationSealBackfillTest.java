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
 * A store made before migration 28 holds switches of the rules with no record id and no seal: migration
 * 28.1 names each and queues it with the seal key, so the sealer seals it and verification does not report
 * the whole history of switches as never sealed.
 */
class ActivationSealBackfillTest {

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    @Test
    void switchesRecordedBeforeMigrationTwentyEightAreQueuedWithTheKey() {
        OldStore store = store();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        store.flyway().target("27").load().migrate();
        jdbc.sql("""
                INSERT INTO ruleset (version, sha256, source, registered_at, registered_by)
                VALUES ('2026.12.2', :sha, 'PACKAGED', CURRENT_TIMESTAMP, 'service')
                """).param("sha", "0".repeat(64)).update();
        for (String kind : List.of("FIRST_START", "ROLLBACK")) {
            jdbc.sql("""
                    INSERT INTO ruleset_activation (version, kind, activated_at, activated_by, reason,
                                                    accepted_scenario_changes)
                    VALUES ('2026.12.2', :kind, CURRENT_TIMESTAMP, 'service', 'why', '[]')
                    """).param("kind", kind).update();
        }
        AuditKeys keys = new AuditKeys(
                AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL),
                new MockEnvironment());

        store.flyway()
                .javaMigrations(new ActivationSealBackfill(keys))
                .target("28.1")
                .load()
                .migrate();

        List<UUID> named = jdbc.sql("SELECT record_id FROM ruleset_activation ORDER BY activation_id")
                .query(UUID.class)
                .list();
        assertThat(named).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
        for (UUID recordId : named) {
            // As migration 28.1 left it: its hashes as hex (migration 39 keeps them as bytes).
            QueueEntry queued = jdbc.sql("SELECT decision_id, record_sha256, queue_mac FROM decision_unsealed"
                            + " WHERE decision_id = :id AND record_kind = 'ACTIVATION'")
                    .param("id", recordId)
                    .query((row, n) -> new QueueEntry(
                            row.getObject(1, UUID.class),
                            row.getString(2).strip(),
                            row.getString(3).strip()))
                    .single();
            SealedActivation record = jdbc.sql("SELECT " + SealedActivation.COLUMNS + " FROM ruleset_activation ra"
                            + SealedActivation.PROPOSAL_JOIN + " WHERE ra.record_id = :id")
                    .param("id", recordId)
                    .query((row, n) -> SealedActivation.from(row))
                    .single();
            // As the sealer checks it: made with the key, and the switch still as it was queued.
            assertThat(queued.matches(record, keys.seal())).isTrue();
        }
    }
}
