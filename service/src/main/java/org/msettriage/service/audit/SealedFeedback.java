package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A case system's or practitioner's feedback on a decision (a row of {@code decision_feedback}, aliased
 * {@code fb_}) as its seal covers it: who gave it when, whether they agreed and why, and the digest of the
 * encrypted comment, so the retention period can remove the comment and the feedback still verifies. The
 * policy leads weigh changes to the rules on it, so feedback altered or added must show.
 */
record SealedFeedback(
        UUID feedbackId,
        UUID decisionId,
        OffsetDateTime recordedAt,
        String callerMethod,
        String callerName,
        String outcome,
        String reasonCode,
        String commentSha256)
        implements SealedRecord {

    static final String COLUMNS = "fb.feedback_id AS fb_feedback_id, fb.decision_id AS fb_decision_id,"
            + " fb.recorded_at AS fb_recorded_at, fb.caller_method AS fb_caller_method,"
            + " fb.caller_name AS fb_caller_name, fb.outcome AS fb_outcome, fb.reason_code AS fb_reason_code,"
            + " fb.comment_sha256 AS fb_comment_sha256";

    /**
     * The columns {@link #contentProblem} reads besides {@link #COLUMNS}: the comment as stored, and when the
     * content of the decision was removed (joined as {@code fbd}).
     */
    static final String CONTENT_COLUMNS =
            "fb.comment_encrypted AS fb_comment_encrypted, fbd.personal_removed_at AS fb_decision_removed_at";

    /** Joins the decision the feedback is on, for {@link #CONTENT_COLUMNS}. */
    static final String CONTENT_JOIN = " LEFT JOIN decision fbd ON fbd.decision_id = fb.decision_id";

    /** The feedback in the row, or null when the row joined none. */
    static SealedFeedback from(ResultSet row) throws SQLException {
        UUID id = row.getObject("fb_feedback_id", UUID.class);
        if (id == null) {
            return null;
        }
        return new SealedFeedback(
                id,
                row.getObject("fb_decision_id", UUID.class),
                row.getObject("fb_recorded_at", OffsetDateTime.class),
                row.getString("fb_caller_method"),
                row.getString("fb_caller_name"),
                row.getString("fb_outcome"),
                row.getString("fb_reason_code"),
                row.getString("fb_comment_sha256"));
    }

    /** What is wrong with the comment, if anything (see {@link RemovableText}). */
    Optional<String> contentProblem(ResultSet row) throws SQLException {
        return RemovableText.problem(
                row.getString("fb_comment_encrypted"),
                commentSha256,
                row.getObject("fb_decision_removed_at") != null,
                "its comment");
    }

    @Override
    public UUID id() {
        return feedbackId;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.FEEDBACK;
    }

    @Override
    public String sha256() {
        return Digests.sha256(new Canonical("mset-feedback-v1")
                .add("feedbackId", feedbackId)
                .add("decisionId", decisionId)
                .add("recordedAt", recordedAt == null ? null : recordedAt.toInstant())
                .add("callerMethod", callerMethod)
                .add("callerName", callerName)
                .add("outcome", outcome)
                .add("reasonCode", reasonCode)
                .add("commentSha256", commentSha256)
                .text());
    }
}
