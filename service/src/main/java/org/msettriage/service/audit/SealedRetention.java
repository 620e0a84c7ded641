package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A run of the retention period that removed personal content (a row of {@code retention_run}, aliased
 * {@code rr_}), as its seal covers it: when it removed, the period it applied and the point in time before
 * which it removed the content of decisions. Verification judges each removal by the run that made it.
 */
record SealedRetention(UUID runId, OffsetDateTime removedAt, String retention, OffsetDateTime cutoff)
        implements SealedRecord {

    static final String COLUMNS = "rr.run_id AS rr_run_id, rr.removed_at AS rr_removed_at,"
            + " rr.retention AS rr_retention, rr.cutoff AS rr_cutoff";

    /** The run in the row, or null when the row joined none. */
    static SealedRetention from(ResultSet row) throws SQLException {
        if (row.getObject("rr_run_id") == null) {
            return null;
        }
        return new SealedRetention(
                row.getObject("rr_run_id", UUID.class),
                row.getObject("rr_removed_at", OffsetDateTime.class),
                row.getString("rr_retention"),
                row.getObject("rr_cutoff", OffsetDateTime.class));
    }

    /** The period in days, as a problem report names it; null when the stored period is not a duration. */
    Long days() {
        try {
            return Duration.parse(retention).toDays();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    @Override
    public UUID id() {
        return runId;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.RETENTION;
    }

    @Override
    public String sha256() {
        return Digests.sha256(new Canonical("mset-retention-run-v1")
                .add("runId", runId)
                .add("removedAt", removedAt == null ? null : removedAt.toInstant())
                .add("retention", retention)
                .add("cutoff", cutoff == null ? null : cutoff.toInstant())
                .text());
    }
}
