package org.msettriage.service.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.service.store.BeanMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 31.1: every entry of the access log kept before migration 31 gets the digest of its reason and
 * is queued for its seal, as an entry written since is when it is written. Done once, here: an entry that
 * appears later without a queue entry made with the key is one the service did not write. The log grows with
 * every read, so it is worked through a slice at a time, each slice's updates and queue entries sent as one
 * batch: memory stays flat and a store of millions of reads upgrades in minutes, not hours.
 */
@Component
class AccessSealBackfill extends BeanMigration {

    private static final int SLICE = 1000;

    private final byte[] sealKey;

    AccessSealBackfill(AuditKeys keys) {
        super("31.1", "seal the access log kept so far");
        this.sealKey = keys.seal();
    }

    @Override
    public void migrate(Context context) {
        // The migration's own connection and transaction: not closed here, and undone whole on failure.
        SingleConnectionDataSource connection = new SingleConnectionDataSource(context.getConnection(), true);
        JdbcClient jdbc = JdbcClient.create(connection);
        JdbcTemplate batches = new JdbcTemplate(connection);
        // All at one moment: the order of earlier reads in the chain means nothing, and a moment to come
        // would keep a stuck entry from reading as stale for as long.
        OffsetDateTime queuedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        UUID after = null;
        List<SealedAccess> slice;
        do {
            slice = slice(jdbc, after);
            List<Object[]> digests = new ArrayList<>();
            List<Object[]> queued = new ArrayList<>();
            for (SealedAccess entry : slice) {
                if (entry.reasonSha256() != null) {
                    digests.add(new Object[] {entry.reasonSha256(), entry.accessId()});
                }
                QueueEntry queue = QueueEntry.of(entry, sealKey);
                queued.add(new Object[] {
                    queue.decisionId(), RecordKind.ACCESS.name(), queuedAt, queue.recordSha256(), queue.queueMac()
                });
            }
            batches.batchUpdate("UPDATE decision_access SET reason_sha256 = ? WHERE access_id = ?", digests);
            batches.batchUpdate(
                    "INSERT INTO decision_unsealed (decision_id, record_kind, queued_at, record_sha256, queue_mac)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    queued);
            after = slice.isEmpty() ? after : slice.get(slice.size() - 1).accessId();
        } while (slice.size() == SLICE);
    }

    /** The next entries after the one given, in id order, each as it will be sealed (its reason's digest in). */
    private static List<SealedAccess> slice(JdbcClient jdbc, UUID after) {
        return jdbc.sql("SELECT access_id, decision_id, accessed_at, caller_method, caller_name, channel,"
                        + " reason_encrypted FROM decision_access"
                        + (after == null ? "" : " WHERE access_id > :after")
                        + " ORDER BY access_id FETCH FIRST " + SLICE + " ROWS ONLY")
                .params(after == null ? Map.of() : Map.of("after", after))
                .query((row, n) -> {
                    String reason = row.getString("reason_encrypted");
                    return new SealedAccess(
                            row.getObject("access_id", UUID.class),
                            row.getObject("decision_id", UUID.class),
                            row.getObject("accessed_at", OffsetDateTime.class),
                            row.getString("caller_method"),
                            row.getString("caller_name"),
                            row.getString("channel"),
                            reason == null ? null : PersonalDigest.ofAccessReason(reason));
                })
                .list();
    }
}
