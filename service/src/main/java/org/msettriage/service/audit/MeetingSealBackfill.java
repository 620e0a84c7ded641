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
 * Migration 30.1: every panel meeting set up before migration 30 is queued for its seal, as a meeting set up
 * since is when it is made. Done once, here: a meeting that appears later without a queue entry made with
 * the key is one the service did not set up, and verification names it.
 */
@Component
class MeetingSealBackfill extends BeanMigration {

    private final byte[] sealKey;

    MeetingSealBackfill(AuditKeys keys) {
        super("30.1", "seal the panel meetings set up so far");
        this.sealKey = keys.seal();
    }

    @Override
    public void migrate(Context context) {
        // The migration's own connection and transaction: not closed here, and undone whole on failure.
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        List<UUID> meetings = jdbc.sql("SELECT meeting_id FROM panel_meeting ORDER BY created_at, meeting_id")
                .query(UUID.class)
                .list();
        OffsetDateTime queuedFrom = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        long order = 0;
        for (UUID meetingId : meetings) {
            // Its own table only, as it was then: later kinds' tables and later columns do not exist yet.
            QueueEntry entry = QueueEntry.of(
                    jdbc.sql("SELECT " + SealedMeeting.COLUMNS_OF_MIGRATION_30
                                    + " FROM panel_meeting pm WHERE pm.meeting_id = :id")
                            .param("id", meetingId)
                            .query((row, n) -> SealedMeeting.fromMigration30(row))
                            .single(),
                    sealKey);
            // A millisecond apart, in the order they were set up, as the sealer takes the queue by time.
            jdbc.sql("INSERT INTO decision_unsealed (decision_id, record_kind, queued_at, record_sha256, queue_mac)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(
                            entry.decisionId(),
                            RecordKind.MEETING.name(),
                            queuedFrom.plusNanos(1_000_000L * order++),
                            entry.recordSha256(),
                            entry.queueMac())
                    .update();
        }
    }
}
