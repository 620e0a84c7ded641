package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/**
 * A migration that seals the rows of a table kept before its records were sealed: each row gets the digest
 * of its encrypted free text and is queued with the seal key, as a row written since is when it is written.
 * Done once: a row that appears later without a queue entry made with the key is one the service did not
 * write. Tables that grow with every read or call are worked through a slice at a time, each slice's updates
 * and queue entries sent as one batch, so memory stays flat and a large store upgrades in minutes.
 */
abstract class SlicedSealBackfill<R extends SealedRecord> extends BeanMigration {

    private static final int SLICE = 1000;

    private final byte[] sealKey;

    SlicedSealBackfill(String version, String description, AuditKeys keys) {
        super(version, description);
        this.sealKey = keys.seal();
    }

    /** The kind its rows are sealed as. */
    abstract RecordKind kind();

    /** The table, its id column and the column the digest is kept in. */
    abstract String table();

    abstract String idColumn();

    abstract String digestColumn();

    /** The columns {@link #record} reads. */
    abstract String columns();

    /** A row as it will be sealed, the digest of its encrypted text worked out. */
    abstract R record(ResultSet row) throws SQLException;

    /** The digest a record holds, null when it has no text. */
    abstract String digest(R record);

    @Override
    public void migrate(Context context) {
        // The migration's own connection and transaction: not closed here, and undone whole on failure.
        SingleConnectionDataSource connection = new SingleConnectionDataSource(context.getConnection(), true);
        JdbcClient jdbc = JdbcClient.create(connection);
        JdbcTemplate batches = new JdbcTemplate(connection);
        // All at one moment: the order of earlier rows in the chain means nothing, and a moment to come would
        // keep a stuck entry from reading as stale for as long.
        OffsetDateTime queuedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        UUID after = null;
        List<R> slice;
        do {
            slice = jdbc.sql("SELECT " + columns() + " FROM " + table()
                            + (after == null ? "" : " WHERE " + idColumn() + " > :after")
                            + " ORDER BY " + idColumn() + " FETCH FIRST " + SLICE + " ROWS ONLY")
                    .params(after == null ? Map.of() : Map.of("after", after))
                    .query((row, n) -> record(row))
                    .list();
            List<Object[]> digests = new ArrayList<>();
            List<Object[]> queued = new ArrayList<>();
            for (R record : slice) {
                if (digest(record) != null) {
                    digests.add(new Object[] {digest(record), record.id()});
                }
                QueueEntry entry = QueueEntry.of(record, sealKey);
                queued.add(new Object[] {
                    entry.decisionId(), kind().name(), queuedAt, entry.recordSha256(), entry.queueMac()
                });
            }
            batches.batchUpdate(
                    "UPDATE " + table() + " SET " + digestColumn() + " = ? WHERE " + idColumn() + " = ?", digests);
            batches.batchUpdate(
                    "INSERT INTO decision_unsealed (decision_id, record_kind, queued_at, record_sha256, queue_mac)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    queued);
            after = slice.isEmpty() ? after : slice.get(slice.size() - 1).id();
        } while (slice.size() == SLICE);
    }

    /** The digest of encrypted text as read from a row, null when there is none. */
    static String digestOf(String encrypted) {
        return encrypted == null ? null : PersonalDigest.ofEncryptedText(encrypted);
    }
}
