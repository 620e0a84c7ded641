package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A panel meeting (a row of {@code panel_meeting}, aliased {@code pm_}) as its seal covers it: its local
 * authority and day, which decide the children its agenda lists and where its outcomes stand in time, and
 * who set it up when.
 */
record SealedMeeting(
        UUID meetingId,
        String localAuthority,
        LocalDate heldOn,
        OffsetDateTime createdAt,
        String callerMethod,
        String callerName)
        implements SealedRecord {

    static final String COLUMNS = "pm.meeting_id AS pm_meeting_id, pm.local_authority AS pm_local_authority,"
            + " pm.held_on AS pm_held_on, pm.created_at AS pm_created_at, pm.caller_method AS pm_caller_method,"
            + " pm.caller_name AS pm_caller_name";

    /** The meeting in the row, or null when the row joined none. */
    static SealedMeeting from(ResultSet row) throws SQLException {
        if (row.getObject("pm_meeting_id") == null) {
            return null;
        }
        return new SealedMeeting(
                row.getObject("pm_meeting_id", UUID.class),
                row.getString("pm_local_authority"),
                row.getObject("pm_held_on", LocalDate.class),
                row.getObject("pm_created_at", OffsetDateTime.class),
                row.getString("pm_caller_method"),
                row.getString("pm_caller_name"));
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
        return Digests.sha256(new Canonical("mset-panel-meeting-v1")
                .add("meetingId", meetingId)
                .add("localAuthority", localAuthority)
                .add("heldOn", heldOn)
                .add("createdAt", createdAt == null ? null : createdAt.toInstant())
                .add("callerMethod", callerMethod)
                .add("callerName", callerName)
                .text());
    }
}
