package org.msettriage.service.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.service.store.BeanMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 31.1: every entry of the access log kept before migration 31 gets the digest of its reason and
 * is queued for its seal, as an entry written since is when it is written. Done once, here: an entry that
 * appears later without a queue entry made with the key is one the service did not write.
 */
@Component
class AccessSealBackfill extends BeanMigration {

    private final byte[] sealKey;

    AccessSealBackfill(AuditKeys keys) {
        super("31.1", "seal the access log kept so far");
        this.sealKey = keys.seal();
    }

    @Override
    public void migrate(Context context) {
        // The migration's own connection and transaction: not closed here, and undone whole on failure.
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        jdbc.sql("SELECT access_id, reason_encrypted FROM decision_access WHERE reason_encrypted IS NOT NULL")
                .query((row, n) -> new Object[] {
                    PersonalDigest.ofAccessReason(row.getString("reason_encrypted")),
                    row.getObject("access_id", UUID.class)
                })
                .list()
                .forEach(digest -> jdbc.sql("UPDATE decision_access SET reason_sha256 = ? WHERE access_id = ?")
                        .params(digest)
                        .update());
        List<UUID> entries = jdbc.sql("SELECT access_id FROM decision_access ORDER BY accessed_at, access_id")
                .query(UUID.class)
                .list();
        OffsetDateTime queuedFrom = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        long order = 0;
        for (UUID accessId : entries) {
            QueueEntry entry = DecisionSealer.accessEntry(jdbc, accessId, sealKey);
            // A millisecond apart, in the order they were read, as the sealer takes the queue by time.
            jdbc.sql("INSERT INTO decision_unsealed (decision_id, record_kind, queued_at, record_sha256, queue_mac)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(
                            entry.decisionId(),
                            RecordKind.ACCESS.name(),
                            queuedFrom.plusNanos(1_000_000L * order++),
                            entry.recordSha256(),
                            entry.queueMac())
                    .update();
        }
    }
}
