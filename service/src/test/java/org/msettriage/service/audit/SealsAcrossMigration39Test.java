package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.msettriage.service.store.HashesKeptAsBytes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * Migration 39 keeps the chain's hashes and MACs, and its queue's, as bytes: a chain sealed before it still
 * verifies with its key (and still refuses another), a decision's record hashes as it did (so its seal
 * still holds), and a queued entry reads back as it was written.
 */
class SealsAcrossMigration39Test {

    private static final AuditKeys KEYS = keys(AuditKeysTest.SEAL);

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    private static AuditKeys keys(String seal) {
        return new AuditKeys(
                AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, seal), new MockEnvironment());
    }

    @Test
    void aChainSealedBeforeTheMigrationVerifiesAfterIt() {
        OldStore store = store();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        store.flyway().target("38").load().migrate();
        SealedRows.decision(jdbc, KEYS, "child-1");
        UUID decision = SealedRows.decision(jdbc, KEYS, "child-2");
        jdbc.sql("UPDATE decision SET personal_sha256 = :digest WHERE decision_id = :id")
                .param("digest", "e5".repeat(32))
                .param("id", decision)
                .update();
        String recordBefore = jdbc.sql("SELECT " + SealedDecision.COLUMNS_BEFORE_MIGRATION_26
                        + " FROM decision d WHERE d.decision_id = :id")
                .param("id", decision)
                .query((row, n) -> SealedDecision.beforeMigration26(row).sha256())
                .single();
        UUID switched = UUID.randomUUID();
        QueueEntry queued = new QueueEntry(switched, "5a".repeat(32), "c3".repeat(32));
        jdbc.sql("INSERT INTO decision_unsealed (decision_id, record_kind, queued_at, record_sha256, queue_mac)"
                        + " VALUES (:id, 'ACTIVATION', CURRENT_TIMESTAMP, :sha, :mac)")
                .param("id", switched)
                .param("sha", queued.recordSha256())
                .param("mac", queued.queueMac())
                .update();
        assertThat(StoredKeysCheck.checkSealKey(jdbc, KEYS.seal())).as("before").isEmpty();

        store.flyway()
                .javaMigrations(new HashesKeptAsBytes())
                .target("39")
                .load()
                .migrate();

        assertThat(StoredKeysCheck.checkSealKey(jdbc, KEYS.seal())).as("after").isEmpty();
        assertThat(StoredKeysCheck.checkSealKey(
                        jdbc, keys(AuditKeysTest.OTHER_OWN).seal()))
                .as("another key")
                .isPresent();
        assertThat(DecisionSealer.queued(jdbc, RecordKind.ACTIVATION, switched)).containsExactly(queued);
        // What the seal covers reads back the same: the decision's digests and keyed hash, as hex again.
        assertThat(jdbc.sql("SELECT " + SealedDecision.COLUMNS + " FROM decision d WHERE d.decision_id = :id")
                        .param("id", decision)
                        .query((row, n) -> SealedDecision.from(row).sha256())
                        .single())
                .isEqualTo(recordBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_seal WHERE OCTET_LENGTH(record_sha256) = 32"
                                + " AND OCTET_LENGTH(previous_chain_mac) = 32 AND OCTET_LENGTH(chain_mac) = 32")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_unsealed WHERE OCTET_LENGTH(record_sha256) = 32"
                                + " AND OCTET_LENGTH(queue_mac) = 32")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
