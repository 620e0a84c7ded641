package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The fields of a stored panel outcome that its seal covers, as read back from the database (aliased
 * {@code o_}, so they can sit beside a decision's in one row). The encrypted details are covered through
 * their digest, so the retention period can remove them and the outcome still verifies.
 */
record SealedOutcome(
        UUID outcomeId,
        UUID meetingId,
        UUID decisionId,
        int revision,
        UUID correctsOutcomeId,
        String outcome,
        String exitReason,
        String detailsSha256,
        OffsetDateTime recordedAt,
        String callerMethod,
        String callerName)
        implements SealedRecord {

    static final String COLUMNS = "o.outcome_id AS o_outcome_id, o.meeting_id AS o_meeting_id,"
            + " o.decision_id AS o_decision_id, o.revision AS o_revision,"
            + " o.corrects_outcome_id AS o_corrects_outcome_id, o.outcome AS o_outcome,"
            + " o.exit_reason AS o_exit_reason, o.details_sha256 AS o_details_sha256,"
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
                row.getString("o_details_sha256"),
                row.getObject("o_recorded_at", OffsetDateTime.class),
                row.getString("o_caller_method"),
                row.getString("o_caller_name"));
    }

    /**
     * The columns {@link #contentProblem} reads besides {@link #COLUMNS}: the details as stored, when they
     * were removed, and when the content of the outcome's decision was (joined as {@code od}).
     */
    static final String CONTENT_COLUMNS = "o.details_encrypted AS o_details_encrypted,"
            + " o.details_removed_at AS o_details_removed_at, od.personal_removed_at AS o_decision_removed_at";

    /** Joins the outcome's decision, for {@link #CONTENT_COLUMNS}. */
    static final String CONTENT_JOIN = " LEFT JOIN decision od ON od.decision_id = o.decision_id";

    /**
     * What is wrong with the outcome's details, if anything: altered, missing without a removal, or
     * removed while its decision's content is still kept (they go together at the end of retention).
     */
    Optional<String> contentProblem(ResultSet row) throws SQLException {
        String details = row.getString("o_details_encrypted");
        OffsetDateTime removedAt = row.getObject("o_details_removed_at", OffsetDateTime.class);
        if (removedAt == null) {
            if (details == null) {
                return Optional.of("its details are missing, but no removal was recorded");
            }
            return PersonalDigest.ofEncryptedText(details).equals(detailsSha256)
                    ? Optional.empty()
                    : Optional.of("its details differ from what was sealed");
        }
        if (details != null) {
            return Optional.of("its details are recorded as removed but are still present");
        }
        if (row.getObject("o_decision_removed_at") == null) {
            return Optional.of(
                    "its details were removed while its decision's content is still kept, before their retention"
                            + " period ended");
        }
        return Optional.empty();
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
                .add("detailsSha256", detailsSha256)
                .add("recordedAt", recordedAt == null ? null : recordedAt.toInstant())
                .add("callerMethod", callerMethod)
                .add("callerName", callerName)
                .text());
    }
}
