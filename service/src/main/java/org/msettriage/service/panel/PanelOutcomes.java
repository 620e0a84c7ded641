package org.msettriage.service.panel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.PersonalDigest;
import org.msettriage.service.audit.RecordKind;
import org.msettriage.service.decision.DecisionIds;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.security.Caller;
import org.msettriage.service.store.HashBytes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The panel's outcomes as stored. Each is written and queued for its seal in one transaction, before it
 * is answered; none is ever updated. An item's current outcome is the one no correction names.
 */
@Component
class PanelOutcomes {

    /** An outcome with the child it concerns (the keyed hash of the child's reference). */
    record OfChild(String childRefHash, PanelOutcome outcome) {}

    private static final String SELECT = """
            SELECT o.outcome_id, o.meeting_id, m.held_on, o.decision_id, o.revision, o.corrects_outcome_id,
                   (SELECT c.outcome_id FROM panel_outcome c WHERE c.corrects_outcome_id = o.outcome_id) AS corrected_by,
                   o.outcome, o.exit_reason, o.details_encrypted, o.recorded_at, o.caller_method, o.caller_name,
                   d.child_ref_hash
            FROM panel_outcome o
            JOIN panel_meeting m ON m.meeting_id = o.meeting_id
            JOIN decision d ON d.decision_id = o.decision_id
            """;
    private static final String CURRENT =
            " NOT EXISTS (SELECT 1 FROM panel_outcome c WHERE c.corrects_outcome_id = o.outcome_id)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DecisionSealer sealer;
    private final PersonalContent personal;
    private final JsonMapper json;

    PanelOutcomes(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            DecisionSealer sealer,
            PersonalContent personal,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sealer = sealer;
        this.personal = personal;
        this.json = json;
    }

    /**
     * Stores an outcome for an item of the meeting: the item's first, or a correction of its current one.
     * Two recorded at once for the same item: the second fails whole on the revision's unique key.
     */
    PanelOutcome record(
            PanelMeeting meeting,
            UUID decisionId,
            PanelOutcome.Kind kind,
            PanelOutcome.ExitReason exitReason,
            PanelOutcome.Details details,
            UUID corrects,
            Caller caller) {
        try {
            return transactions.execute(status -> {
                Optional<PanelOutcome> current = currentAt(meeting.meetingId(), decisionId);
                // The current outcome sent again, as it was first sent (a double click): already recorded.
                if (current.filter(c -> Objects.equals(c.corrects(), corrects)
                                && c.outcome() == kind
                                && c.exitReason() == exitReason
                                && c.details().equals(details))
                        .isPresent()) {
                    throw new OutcomeAlreadyRecorded(current.get());
                }
                if (corrects == null) {
                    heardAfter(meeting, decisionId).ifPresent(later -> {
                        throw heardLater(later);
                    });
                }
                if (corrects == null && current.isPresent()) {
                    throw new OutcomeConflict(
                            "An outcome is already recorded for this child at this meeting ("
                                    + current.get().outcomeId() + "); to change it, record a correction naming it",
                            "An outcome was recorded for this child at this meeting since the agenda was read; it is"
                                    + " shown here, and can be corrected");
                }
                if (corrects != null
                        && current.map(c -> !c.outcomeId().equals(corrects)).orElse(true)) {
                    throw new OutcomeConflict(
                            "Outcome " + corrects
                                    + " is not the current outcome of this child at this meeting, so it cannot be"
                                    + " corrected",
                            "The outcome being corrected was corrected since the agenda was read; the current one is"
                                    + " shown here, and can be corrected in turn");
                }
                UUID outcomeId = DecisionIds.next();
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
                int revision = current.map(c -> c.revision() + 1).orElse(1);
                String encrypted = personal.encryptText(json.writeValueAsString(details), boundTo(outcomeId));
                jdbc.sql("""
                        INSERT INTO panel_outcome (outcome_id, meeting_id, decision_id, revision, corrects_outcome_id,
                            outcome, exit_reason, details_encrypted, details_sha256, recorded_at, caller_method,
                            caller_name)
                        VALUES (:id, :meeting, :decision, :revision, :corrects, :outcome, :exitReason, :details,
                            :detailsSha256, :at, :method, :name)
                        """)
                        .param("id", outcomeId)
                        .param("meeting", meeting.meetingId())
                        .param("decision", decisionId)
                        .param("revision", revision)
                        .param("corrects", corrects)
                        .param("outcome", kind.name())
                        .param("exitReason", exitReason == null ? null : exitReason.name())
                        .param("details", encrypted)
                        .param("detailsSha256", PersonalDigest.ofEncryptedText(encrypted))
                        .param("at", now)
                        .param("method", caller.method().name())
                        .param("name", caller.name())
                        .update();
                sealer.queue(RecordKind.OUTCOME, outcomeId);
                return new PanelOutcome(
                        outcomeId,
                        meeting.meetingId(),
                        meeting.heldOn(),
                        decisionId,
                        revision,
                        corrects,
                        null,
                        kind,
                        exitReason,
                        details,
                        now,
                        caller.qualifiedName());
            });
        } catch (DuplicateKeyException recordedMeanwhile) {
            throw new ConflictException(
                    "Another outcome for this child at this meeting was recorded at the same moment; read the"
                            + " agenda again");
        }
    }

    /**
     * The day of the latest meeting of the local authority held after this one that recorded an outcome for
     * this decision or for its child, if one did. Such a child was heard since: a new outcome here would
     * rewrite that later hearing's history, its "last hearing" and the month's figures.
     */
    Optional<LocalDate> heardAfter(PanelMeeting meeting, UUID decisionId) {
        return jdbc.sql("""
                        SELECT m.held_on FROM panel_outcome o
                        JOIN panel_meeting m ON m.meeting_id = o.meeting_id
                        JOIN decision d ON d.decision_id = o.decision_id
                        WHERE m.local_authority = :authority AND m.held_on > :day
                          AND (o.decision_id = :decision OR d.child_ref_hash =
                              (SELECT c.child_ref_hash FROM decision c WHERE c.decision_id = :decision))
                        ORDER BY m.held_on DESC FETCH FIRST ROW ONLY
                        """)
                .param("authority", meeting.localAuthority())
                .param("day", meeting.heldOn())
                .param("decision", decisionId)
                .query(LocalDate.class)
                .optional();
    }

    /**
     * {@link #heardAfter(PanelMeeting, UUID)} for every decision of an agenda in one query, keyed by decision:
     * an agenda of thirty children is read with one statement, not thirty. A decision no later meeting heard
     * has no entry.
     */
    Map<UUID, LocalDate> heardAfter(PanelMeeting meeting, Collection<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalDate> later = new HashMap<>();
        // Two branches rather than one join on "same decision OR same child", which no index serves: the decision
        // itself (whose child's reference retention may have removed), and every decision of the same child.
        jdbc.sql("""
                        SELECT x.decision_id, MAX(x.held_on) FROM (
                            SELECT o.decision_id AS decision_id, m.held_on AS held_on FROM panel_outcome o
                            JOIN panel_meeting m ON m.meeting_id = o.meeting_id
                            WHERE o.decision_id IN (:decisions)
                              AND m.local_authority = :authority AND m.held_on > :day
                            UNION ALL
                            SELECT a.decision_id, m.held_on FROM decision a
                            JOIN decision d ON d.child_ref_hash = a.child_ref_hash
                            JOIN panel_outcome o ON o.decision_id = d.decision_id
                            JOIN panel_meeting m ON m.meeting_id = o.meeting_id
                            WHERE a.decision_id IN (:decisions)
                              AND m.local_authority = :authority AND m.held_on > :day
                        ) x GROUP BY x.decision_id
                        """)
                .param("decisions", List.copyOf(decisionIds))
                .param("authority", meeting.localAuthority())
                .param("day", meeting.heldOn())
                .query(row -> {
                    later.put(row.getObject(1, UUID.class), row.getObject(2, LocalDate.class));
                });
        return later;
    }

    /** Why a meeting records no new outcome for a child a later meeting heard, in words for both readers. */
    static ConflictException heardLater(LocalDate later) {
        return new ConflictException("The panel recorded an outcome for this child at its meeting of "
                + later.format(PanelWords.DAY)
                + ", held after this one, so this meeting can no longer record a new one; only a correction of"
                + " this meeting's own outcome, naming it, is still taken");
    }

    /** Every outcome recorded at a meeting, corrected ones too, oldest first. */
    List<PanelOutcome> at(UUID meetingId) {
        return jdbc.sql(SELECT + " WHERE o.meeting_id = :meeting ORDER BY o.recorded_at, o.outcome_id")
                .param("meeting", meetingId)
                .query((row, n) -> outcome(row))
                .list();
    }

    /**
     * Every outcome recorded about a child, at any meeting, corrected ones too, oldest first: for a subject
     * access request. Those whose decision's content retention removed no longer name the child.
     */
    List<PanelOutcome> aboutChild(String childRefHash) {
        return jdbc.sql(SELECT + " WHERE d.child_ref_hash = :child ORDER BY m.held_on, o.recorded_at, o.outcome_id")
                .param("child", HashBytes.of(childRefHash))
                .query((row, n) -> outcome(row))
                .list();
    }

    /** The current outcome of each item of a meeting, with its child (those retention has not removed). */
    List<OfChild> currentOfChildrenAt(UUID meetingId) {
        return jdbc.sql(SELECT + " WHERE o.meeting_id = :meeting AND d.child_ref_hash IS NOT NULL AND" + CURRENT
                        + " ORDER BY o.recorded_at")
                .param("meeting", meetingId)
                .query((row, n) -> new OfChild(HashBytes.hex(row, "child_ref_hash"), outcome(row)))
                .list();
    }

    /** The current outcome of one item of a meeting, if one is recorded. */
    Optional<PanelOutcome> currentAt(UUID meetingId, UUID decisionId) {
        return jdbc.sql(SELECT + " WHERE o.meeting_id = :meeting AND o.decision_id = :decision AND" + CURRENT)
                .param("meeting", meetingId)
                .param("decision", decisionId)
                .query((row, n) -> outcome(row))
                .optional();
    }

    /**
     * Each child's last current outcome at the local authority's meetings held before a day (every
     * meeting when the day is null), latest meeting first. Children whose decision's personal content
     * was removed at retention are no longer known, so they are not listed.
     */
    List<OfChild> lastOfEachChild(String localAuthority, LocalDate before) {
        Map<String, OfChild> last = new LinkedHashMap<>();
        jdbc.sql(SELECT
                        + " WHERE m.local_authority = :authority AND m.held_on < :before AND d.child_ref_hash IS NOT NULL"
                        + " AND" + CURRENT + " ORDER BY m.held_on DESC, o.recorded_at DESC")
                .param("authority", localAuthority)
                .param("before", before == null ? LocalDate.of(9999, 12, 31) : before)
                .query(row -> {
                    String child = HashBytes.hex(row, "child_ref_hash");
                    if (!last.containsKey(child)) {
                        last.put(child, new OfChild(child, outcome(row)));
                    }
                });
        return List.copyOf(last.values());
    }

    /** The decisions heard (a plan or an exit) at the local authority's meetings held before a day. */
    List<UUID> heardBefore(String localAuthority, LocalDate before) {
        return jdbc.sql("SELECT DISTINCT o.decision_id FROM panel_outcome o"
                        + " JOIN panel_meeting m ON m.meeting_id = o.meeting_id"
                        + " WHERE m.local_authority = :authority AND m.held_on < :before"
                        + " AND o.outcome IN ('PLAN_AGREED', 'EXITED') AND" + CURRENT)
                .param("authority", localAuthority)
                .param("before", before)
                .query(UUID.class)
                .list();
    }

    private PanelOutcome outcome(ResultSet row) throws SQLException {
        UUID outcomeId = row.getObject("outcome_id", UUID.class);
        String exitReason = row.getString("exit_reason");
        return new PanelOutcome(
                outcomeId,
                row.getObject("meeting_id", UUID.class),
                row.getObject("held_on", LocalDate.class),
                row.getObject("decision_id", UUID.class),
                row.getInt("revision"),
                row.getObject("corrects_outcome_id", UUID.class),
                row.getObject("corrected_by", UUID.class),
                PanelOutcome.Kind.valueOf(row.getString("outcome")),
                exitReason == null ? null : PanelOutcome.ExitReason.valueOf(exitReason),
                details(outcomeId, row.getString("details_encrypted")),
                row.getObject("recorded_at", OffsetDateTime.class),
                Caller.qualifiedName(row.getString("caller_method"), row.getString("caller_name")));
    }

    /**
     * The details, decrypted; none once the retention period removed them with the decision's content.
     * Details altered in the database read as a note saying so, where the reason or exit words would be:
     * one altered outcome must not hide the rest of an agenda or a subject access export (verification
     * names it).
     */
    private PanelOutcome.Details details(UUID outcomeId, String encrypted) {
        if (encrypted == null) {
            return new PanelOutcome.Details(List.of(), null, null);
        }
        String text = personal.decryptText(encrypted, boundTo(outcomeId));
        try {
            return json.readValue(text, PanelOutcome.Details.class);
        } catch (JacksonException unreadable) {
            return new PanelOutcome.Details(List.of(), ALTERED, ALTERED);
        }
    }

    /** What an outcome's unreadable details say in their place. */
    static final String ALTERED = "[cannot be read: altered in the database]";

    private static String boundTo(UUID outcomeId) {
        return "panel-outcome:" + outcomeId;
    }
}
