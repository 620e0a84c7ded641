package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A panel meeting (a row of {@code panel_meeting}, aliased {@code pm_}) as its seal covers it: its local
 * authority and day, which decide the children its agenda lists and where its outcomes stand in time, who
 * set it up when, and when its day ends (kept since meetings are counted in the partnership's time zone; a
 * meeting set up before has none, and its seal covers what it had, so it still verifies).
 */
record SealedMeeting(
        UUID meetingId,
        String localAuthority,
        LocalDate heldOn,
        OffsetDateTime createdAt,
        String callerMethod,
        String callerName,
        OffsetDateTime dayEndsAt)
        implements SealedRecord {

    /** The columns a meeting had when meetings were first sealed (migration 30.1 reads these alone). */
    static final String COLUMNS_OF_MIGRATION_30 = "pm.meeting_id AS pm_meeting_id,"
            + " pm.local_authority AS pm_local_authority, pm.held_on AS pm_held_on, pm.created_at AS pm_created_at,"
            + " pm.caller_method AS pm_caller_method, pm.caller_name AS pm_caller_name";

    static final String COLUMNS = COLUMNS_OF_MIGRATION_30 + ", pm.day_ends_at AS pm_day_ends_at";

    /** The meeting in the row, or null when the row joined none. */
    static SealedMeeting from(ResultSet row) throws SQLException {
        return row.getObject("pm_meeting_id") == null
                ? null
                : read(row, row.getObject("pm_day_ends_at", OffsetDateTime.class));
    }

    /** The meeting in a row of {@link #COLUMNS_OF_MIGRATION_30}, which kept no end of its day. */
    static SealedMeeting fromMigration30(ResultSet row) throws SQLException {
        return row.getObject("pm_meeting_id") == null ? null : read(row, null);
    }

    private static SealedMeeting read(ResultSet row, OffsetDateTime dayEndsAt) throws SQLException {
        return new SealedMeeting(
                row.getObject("pm_meeting_id", UUID.class),
                row.getString("pm_local_authority"),
                row.getObject("pm_held_on", LocalDate.class),
                row.getObject("pm_created_at", OffsetDateTime.class),
                row.getString("pm_caller_method"),
                row.getString("pm_caller_name"),
                dayEndsAt);
    }

    @Override
    public UUID id() {
        return meetingId;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.MEETING;
    }

    @Override
    public String sha256() {
        Canonical canonical = new Canonical(dayEndsAt == null ? "mset-panel-meeting-v1" : "mset-panel-meeting-v2")
                .add("meetingId", meetingId)
                .add("localAuthority", localAuthority)
                .add("heldOn", heldOn)
                .add("createdAt", createdAt == null ? null : createdAt.toInstant())
                .add("callerMethod", callerMethod)
                .add("callerName", callerName);
        if (dayEndsAt != null) {
            canonical.add("dayEndsAt", dayEndsAt.toInstant());
        }
        return Digests.sha256(canonical.text());
    }
}
