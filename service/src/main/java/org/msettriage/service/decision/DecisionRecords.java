package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.msettriage.api.model.DecisionRecordDto;
import org.msettriage.api.model.DecisionSummaryDto;
import org.msettriage.api.model.RecordIntegrityDto;
import org.msettriage.api.model.SubjectAccessExportDto;
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

    DecisionRecords(
            DecisionSummaries summaries,
            Decisions decisions,
            Feedbacks feedbacks,
            AccessLog accessLog,
            AuditVerifier verifier,
            PersonalContent personal) {
        this.summaries = summaries;
        this.decisions = decisions;
        this.feedbacks = feedbacks;
        this.accessLog = accessLog;
        this.verifier = verifier;
        this.personal = personal;
    }

    /** The record of one decision, read (and logged) by an auditor; empty when none is stored. */
    public Optional<DecisionRecordDto> read(UUID decisionId, Caller reader, AccessLog.Channel channel, String reason) {
        return summaries.find(decisionId).map(summary -> assembled(summary, reader, channel, reason));
    }

    /** A subject access export: every decision still held about one child, each read and logged, oldest first. */
    public SubjectAccessExportDto subjectAccess(String childRef, Caller reader, String reason) {
        return new SubjectAccessExportDto()
                .childRef(childRef)
                .generatedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS))
                .generatedBy(reader.qualifiedName())
                .decisions(summaries.aboutChild(personal.childRefHash(childRef)).stream()
                        .map(summary -> assembled(summary, reader, AccessLog.Channel.SUBJECT_ACCESS, reason))
                        .toList());
    }

    private DecisionRecordDto assembled(
            DecisionSummaryDto summary, Caller reader, AccessLog.Channel channel, String reason) {
        UUID id = summary.getDecisionId();
        accessLog.record(id, reader, channel, reason);
        RecordIntegrity integrity = verifier.integrityOf(id);
        DecisionRecordDto record = new DecisionRecordDto().summary(summary);
        if (summary.getPersonalContentRemovedAt() == null) {
            try {
                record.decision(decisions.find(id).orElse(null))
                        .referral(decisions.request(id).orElse(null));
            } catch (UnreadableContentException | ContentRemovedException altered) {
                // Shown as it is: no content, and an integrity state that says the record was changed.
                record.decision(null).referral(null);
            }
        }
        return record.feedback(feedbacks.of(id))
                .views(accessLog.ofDecision(id))
                .integrity(new RecordIntegrityDto()
                        .state(RecordIntegrityDto.StateEnum.fromValue(
                                integrity.state().name()))
                        .position(integrity.position())
                        .sealedAt(integrity.sealedAt())
                        .detail(integrity.detail()));
    }
}
