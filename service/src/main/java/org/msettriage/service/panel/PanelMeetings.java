package org.msettriage.service.panel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.audit.RecordKind;
import org.msettriage.service.decision.DecisionIds;
import org.msettriage.service.problem.ConflictException;
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
            "meeting_id, local_authority, held_on, created_at, caller_method, caller_name";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DecisionSealer sealer;

    PanelMeetings(JdbcClient jdbc, TransactionTemplate transactions, DecisionSealer sealer) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sealer = sealer;
    }

    /**
     * Stores a new meeting and queues it for its seal in one transaction (committed before it is answered),
     * or refuses a second for the same day.
     */
    PanelMeeting create(String localAuthority, LocalDate heldOn, Caller caller) {
        PanelMeeting meeting = new PanelMeeting(
                DecisionIds.next(),
                localAuthority,
                heldOn,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                caller.name());
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO panel_meeting (" + COLUMNS + ") VALUES (:id, :authority, :heldOn, :createdAt,"
                                + " :method, :name)")
                        .param("id", meeting.meetingId())
                        .param("authority", localAuthority)
                        .param("heldOn", heldOn)
                        .param("createdAt", meeting.createdAt())
                        .param("method", caller.method().name())
                        .param("name", caller.name())
                        .update();
                sealer.queue(RecordKind.MEETING, meeting.meetingId());
            });
        } catch (DuplicateKeyException sameDay) {
            throw new ConflictException("A panel meeting for " + CodeWords.localAuthority(localAuthority) + " on "
                    + heldOn.format(PanelWords.DAY)
                    + " is already set up");
        }
        return meeting;
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

    private static PanelMeeting meeting(java.sql.ResultSet row) throws java.sql.SQLException {
        return new PanelMeeting(
                row.getObject("meeting_id", UUID.class),
                row.getString("local_authority"),
                row.getObject("held_on", LocalDate.class),
                row.getObject("created_at", OffsetDateTime.class),
                row.getString("caller_name"));
    }
}
