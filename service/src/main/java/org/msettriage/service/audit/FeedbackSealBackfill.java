package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Migration 32.1: every piece of feedback kept before migration 32 gets the digest of its comment and is
 * queued for its seal, a slice at a time.
 */
@Component
class FeedbackSealBackfill extends SlicedSealBackfill<SealedFeedback> {

    FeedbackSealBackfill(AuditKeys keys) {
        super("32.1", "seal the feedback kept so far", keys);
    }

    @Override
    RecordKind kind() {
        return RecordKind.FEEDBACK;
    }

    @Override
    String table() {
        return "decision_feedback";
    }

    @Override
    String idColumn() {
        return "feedback_id";
    }

    @Override
    String digestColumn() {
        return "comment_sha256";
    }

    @Override
    String columns() {
        return "feedback_id, decision_id, recorded_at, caller_method, caller_name, outcome, reason_code,"
                + " comment_encrypted";
    }

    @Override
    SealedFeedback record(ResultSet row) throws SQLException {
        return new SealedFeedback(
                row.getObject("feedback_id", UUID.class),
                row.getObject("decision_id", UUID.class),
                row.getObject("recorded_at", OffsetDateTime.class),
                row.getString("caller_method"),
                row.getString("caller_name"),
                row.getString("outcome"),
                row.getString("reason_code"),
                digestOf(row.getString("comment_encrypted")));
    }

    @Override
    String digest(SealedFeedback record) {
        return record.commentSha256();
    }
}
