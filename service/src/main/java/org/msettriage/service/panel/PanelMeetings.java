package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.audit.RecordKind;
import org.msettriage.service.decision.DecisionIds;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.report.ReportSettings;
import org.msettriage.service.security.Caller;
import org.msettriage.service.words.CodeWords;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The panel's meetings as stored: one per local authority and day. */
@Component
class PanelMeetings {

    private static final String COLUMNS =
            "meeting_id, local_authority, held_on, created_at, caller_method, caller_name, day_ends_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DecisionSealer sealer;
    /** The partnership's time zone, in which a meeting's day is counted: the day its coordinator means. */
    private final ZoneId zone;

    PanelMeetings(JdbcClient jdbc, TransactionTemplate transactions, DecisionSealer sealer, ReportSettings reports) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sealer = sealer;
        this.zone = reports.zone();
    }

    /**
     * Stores a new meeting and queues it for its seal in one transaction (committed before it is answered),
     * or refuses a second for the same day, or one dated before a meeting of the local authority that has
     * recorded outcomes: it would become that meeting's previous one, change its agenda from what was
     * printed and heard, and offer outcomes for children it already decided. Before a meeting with no
     * outcome yet, a meeting may still be set up: nothing has been decided on that agenda.
     */
    PanelMeeting create(String localAuthority, LocalDate heldOn, Caller caller) {
        PanelMeeting meeting = new PanelMeeting(
                DecisionIds.next(),
                localAuthority,
                heldOn,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                caller.name(),
                PanelMeeting.endOf(heldOn, zone));
        try {
            transactions.executeWithoutResult(status -> {
                lockMeetingsOf(localAuthority);
                latestWithOutcomesAfter(localAuthority, heldOn).ifPresent(later -> {
                    throw new ConflictException("The panel meeting for " + CodeWords.localAuthority(localAuthority)
                            + " of " + later.format(PanelWords.DAY)
                            + " already has outcomes recorded, so no meeting can be set up on an earlier day: it"
                            + " would change that meeting's agenda as it was heard");
                });
                jdbc.sql("INSERT INTO panel_meeting (" + COLUMNS + ") VALUES (:id, :authority, :heldOn, :createdAt,"
                                + " :method, :name, :dayEndsAt)")
                        .param("id", meeting.meetingId())
                        .param("authority", localAuthority)
                        .param("heldOn", heldOn)
                        .param("createdAt", meeting.createdAt())
                        .param("method", caller.method().name())
                        .param("name", caller.name())
                        .param("dayEndsAt", meeting.dayEndsAt())
                        .update();
                sealer.queue(RecordKind.MEETING, meeting.meetingId());
            });
        } catch (DuplicateKeyException sameDay) {
            throw new MeetingAlreadySetUp(
                    localAuthority,
                    heldOn,
                    jdbc.sql("SELECT meeting_id FROM panel_meeting WHERE local_authority = :authority"
                                    + " AND held_on = :heldOn")
                            .param("authority", localAuthority)
                            .param("heldOn", heldOn)
                            .query(UUID.class)
                            .single());
        }
        return meeting;
    }

    /**
     * Locks every meeting of the local authority until the calling transaction ends, in one order (their
     * ids), so two writes that each check the others' meetings run one after the other: a meeting set up
     * before a later one's first outcome, or outcomes for one child at two meetings, cannot both pass their
     * checks unseen by the other. A row lock in the database, so it holds across the service's instances.
     * Meetings are a dozen a year per local authority, and an outcome's write is short: the wait is too.
     */
    void lockMeetingsOf(String localAuthority) {
        jdbc.sql("SELECT meeting_id FROM panel_meeting WHERE local_authority = :authority ORDER BY meeting_id"
                        + " FOR UPDATE")
                .param("authority", localAuthority)
                .query(UUID.class)
                .list();
    }

    /** Every meeting, latest day first; for one local authority when it is given. */
    List<PanelMeeting> list(String localAuthority) {
        String where = localAuthority == null ? "" : " WHERE local_authority = :authority";
        var query = jdbc.sql(
                "SELECT " + COLUMNS + " FROM panel_meeting" + where + " ORDER BY held_on DESC, local_authority");
        if (localAuthority != null) {
            query = query.param("authority", localAuthority);
        }
        return query.query((row, n) -> meeting(row)).list();
    }

    Optional<PanelMeeting> find(UUID meetingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM panel_meeting WHERE meeting_id = :id")
                .param("id", meetingId)
                .query((row, n) -> meeting(row))
                .optional();
    }

    /** The day of the same local authority's meeting before this one, if there was one. */
    Optional<LocalDate> previousDay(PanelMeeting meeting) {
        return jdbc.sql("SELECT held_on FROM panel_meeting WHERE local_authority = :authority AND held_on < :heldOn"
                        + " ORDER BY held_on DESC FETCH FIRST ROW ONLY")
                .param("authority", meeting.localAuthority())
                .param("heldOn", meeting.heldOn())
                .query(LocalDate.class)
                .optional();
    }

    /** The day of the local authority's latest meeting after this day that has an outcome recorded, if any. */
    private Optional<LocalDate> latestWithOutcomesAfter(String localAuthority, LocalDate heldOn) {
        return jdbc.sql("SELECT m.held_on FROM panel_meeting m WHERE m.local_authority = :authority"
                        + " AND m.held_on > :heldOn"
                        + " AND EXISTS (SELECT 1 FROM panel_outcome o WHERE o.meeting_id = m.meeting_id)"
                        + " ORDER BY m.held_on DESC FETCH FIRST ROW ONLY")
                .param("authority", localAuthority)
                .param("heldOn", heldOn)
                .query(LocalDate.class)
                .optional();
    }

    private static PanelMeeting meeting(java.sql.ResultSet row) throws java.sql.SQLException {
        return new PanelMeeting(
                row.getObject("meeting_id", UUID.class),
                row.getString("local_authority"),
                row.getObject("held_on", LocalDate.class),
                row.getObject("created_at", OffsetDateTime.class),
                row.getString("caller_name"),
                inUtc(row.getObject("day_ends_at", OffsetDateTime.class)));
    }

    /** As kept, in UTC whichever offset the database answers with (PostgreSQL's session's, H2's as stored). */
    private static OffsetDateTime inUtc(OffsetDateTime moment) {
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
