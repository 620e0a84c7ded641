package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.audit.AuditVerifier;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.RecordIntegrity;
import org.msettriage.service.problem.ContentRemovedException;
import org.msettriage.service.problem.UnreadableContentException;
import org.msettriage.service.security.Caller;
import org.springframework.stereotype.Service;

/**
 * The whole record of a decision as auditors read it, by API, page or subject access export alike. The
 * read is written to the access log before anything is assembled, so no read goes unrecorded.
 */
@Service
public class DecisionRecords {

    private final DecisionSummaries summaries;
    private final Decisions decisions;
    private final Feedbacks feedbacks;
    private final AccessLog accessLog;
    private final AuditVerifier verifier;
    private final PersonalContent personal;
    private final DecisionFiredRules firedRules;

    DecisionRecords(
            DecisionSummaries summaries,
            Decisions decisions,
            Feedbacks feedbacks,
            AccessLog accessLog,
            AuditVerifier verifier,
            PersonalContent personal,
            DecisionFiredRules firedRules) {
        this.summaries = summaries;
        this.firedRules = firedRules;
        this.decisions = decisions;
        this.feedbacks = feedbacks;
        this.accessLog = accessLog;
        this.verifier = verifier;
        this.personal = personal;
    }

    /** The record of one decision, read (and logged) by an auditor; empty when none is stored. */
    public Optional<DecisionRecord> read(UUID decisionId, Caller reader, AccessLog.Channel channel, String reason) {
        return summaries.find(decisionId).map(summary -> assembled(summary, reader, channel, reason));
    }

    /** A subject access export: every decision still held about one child, each read and logged, oldest first. */
    public DecisionRecord.Export subjectAccess(String childRef, Caller reader, String reason) {
        return new DecisionRecord.Export(
                childRef,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                reader.qualifiedName(),
                summaries.aboutChild(personal.childRefHash(childRef)).stream()
                        .map(summary -> assembled(summary, reader, AccessLog.Channel.SUBJECT_ACCESS, reason))
                        .toList());
    }

    private DecisionRecord assembled(DecisionSummary summary, Caller reader, AccessLog.Channel channel, String reason) {
        UUID id = summary.decisionId();
        accessLog.record(id, reader, channel, reason);
        RecordIntegrity integrity = verifier.integrityOf(id);
        String decision = null;
        String referral = null;
        if (summary.personalContentRemovedAt() == null) {
            try {
                decision = decisions.find(id).orElse(null);
                referral = decisions.request(id).orElse(null);
            } catch (UnreadableContentException | ContentRemovedException altered) {
                // Shown as it is: no content, and an integrity state that says the record was changed.
                decision = null;
                referral = null;
            }
        }
        return new DecisionRecord(
                summary, decision, referral, feedbacks.of(id), accessLog.ofDecision(id), integrity, firedRules.of(id));
    }
}
