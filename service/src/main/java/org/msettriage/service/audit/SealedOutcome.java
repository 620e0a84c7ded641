package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields of a stored panel outcome that its seal covers, as read back from the database (aliased
 * {@code o_}, so they can sit beside a decision's in one row). The encrypted details are covered as
 * stored: their random nonce means the digest gives nothing away.
 */
record SealedOutcome(
        UUID outcomeId,
        UUID meetingId,
        UUID decisionId,
        int revision,
        UUID correctsOutcomeId,
        String outcome,
        String exitReason,
        String detailsEncrypted,
        OffsetDateTime recordedAt,
        String callerMethod,
        String callerName)
        implements SealedRecord {

    static final String COLUMNS = "o.outcome_id AS o_outcome_id, o.meeting_id AS o_meeting_id,"
            + " o.decision_id AS o_decision_id, o.revision AS o_revision,"
            + " o.corrects_outcome_id AS o_corrects_outcome_id, o.outcome AS o_outcome,"
            + " o.exit_reason AS o_exit_reason, o.details_encrypted AS o_details_encrypted,"
            + " o.recorded_at AS o_recorded_at, o.caller_method AS o_caller_method, o.caller_name AS o_caller_name";

    /** The outcome in the row, or null when the row joined none. */
    static SealedOutcome from(ResultSet row) throws SQLException {
        UUID id = row.getObject("o_outcome_id", UUID.class);
        if (id == null) {
            return null;
        }
        return new SealedOutcome(
                id,
                row.getObject("o_meeting_id", UUID.class),
                row.getObject("o_decision_id", UUID.class),
                row.getInt("o_revision"),
                row.getObject("o_corrects_outcome_id", UUID.class),
                row.getString("o_outcome"),
                row.getString("o_exit_reason"),
                row.getString("o_details_encrypted"),
                row.getObject("o_recorded_at", OffsetDateTime.class),
                row.getString("o_caller_method"),
                row.getString("o_caller_name"));
    }

    @Override
    public UUID id() {
        return outcomeId;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.OUTCOME;
    }

    @Override
    public String sha256() {
        return Digests.sha256(new Canonical("mset-panel-outcome-v1")
                .add("outcomeId", outcomeId)
                .add("meetingId", meetingId)
                .add("decisionId", decisionId)
                .add("revision", revision)
                .add("correctsOutcomeId", correctsOutcomeId)
                .add("outcome", outcome)
                .add("exitReason", exitReason)
                .add("details", detailsEncrypted)
                .add("recordedAt", recordedAt == null ? null : recordedAt.toInstant())
                .add("callerMethod", callerMethod)
                .add("callerName", callerName)
                .text());
    }
}
