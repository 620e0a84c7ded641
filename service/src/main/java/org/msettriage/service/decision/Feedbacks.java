package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.msettriage.rules.referral.FreeText;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.PersonalDigest;
import org.msettriage.service.audit.RecordKind;
import org.msettriage.service.problem.ContentRemovedException;
import org.msettriage.service.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practitioners' responses to decisions, kept in the order given: a later response never replaces an
 * earlier one. The comment is free text, so it is encrypted and only auditors' views carry it.
 */
@Repository
public class Feedbacks {

    private final JdbcClient jdbc;
    private final PersonalContent personal;
    private final DecisionSealer sealer;

    Feedbacks(JdbcClient jdbc, PersonalContent personal, DecisionSealer sealer) {
        this.jdbc = jdbc;
        this.personal = personal;
        this.sealer = sealer;
    }

    /**
     * Stores the response and answers it as the case system may see it: without the comment. The
     * decision's row is locked first, so the retention period cannot remove its content in between and
     * leave a comment behind.
     */
    @Transactional
    public Feedback add(UUID decisionId, String outcome, String reasonCode, String comment, Caller caller) {
        boolean held = jdbc.sql("SELECT personal_removed_at IS NULL FROM decision WHERE decision_id = :id FOR UPDATE")
                .param("id", decisionId)
                .query(Boolean.class)
                .single();
        if (!held) {
            throw new ContentRemovedException(decisionId);
        }
        UUID feedbackId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String kept = FreeText.isBlank(comment) ? null : comment.strip();
        String sealedComment = personal.encryptText(kept, boundTo(feedbackId));
        jdbc.sql("""
                INSERT INTO decision_feedback (feedback_id, decision_id, recorded_at, caller_method, caller_name,
                                               outcome, reason_code, comment_encrypted, comment_sha256)
                VALUES (:id, :decisionId, :at, :method, :name, :outcome, :reason, :comment, :commentSha256)
                """)
                .param("id", feedbackId)
                .param("decisionId", decisionId)
                .param("at", now)
                .param("method", caller.method().name())
                .param("name", caller.name())
                .param("outcome", outcome)
                .param("reason", reasonCode)
                .param("comment", sealedComment)
                .param("commentSha256", sealedComment == null ? null : PersonalDigest.ofEncryptedText(sealedComment))
                .update();
        // Sealed like the decision: policy leads weigh changes to the rules on feedback.
        sealer.queue(RecordKind.FEEDBACK, feedbackId);
        return new Feedback(feedbackId, decisionId, outcome, reasonCode, null, now, caller.qualifiedName());
    }

    /** Every response to a decision, oldest first, comments included: for auditors only. */
    public List<Feedback> of(UUID decisionId) {
        return jdbc.sql("""
                SELECT feedback_id, recorded_at, caller_method, caller_name, outcome, reason_code, comment_encrypted
                FROM decision_feedback WHERE decision_id = :id ORDER BY recorded_at, feedback_id
                """)
                .param("id", decisionId)
                .query((row, n) -> {
                    UUID feedbackId = row.getObject("feedback_id", UUID.class);
                    return new Feedback(
                            feedbackId,
                            decisionId,
                            row.getString("outcome"),
                            row.getString("reason_code"),
                            personal.decryptText(row.getString("comment_encrypted"), boundTo(feedbackId)),
                            row.getObject("recorded_at", OffsetDateTime.class),
                            Caller.qualifiedName(row.getString("caller_method"), row.getString("caller_name")));
                })
                .list();
    }

    private static String boundTo(UUID feedbackId) {
        return "feedback:" + feedbackId;
    }
}
