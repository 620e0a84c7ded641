package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.audit.RecordIntegrity;

/**
 * The whole record of a decision as auditors read it: the summary, the answer and the referral as JSON
 * exactly as stored (null once removed or when unreadable), the feedback, the reads, the seal's verdict and
 * the rules that fired (by id, with how often), which the retention period keeps.
 */
public record DecisionRecord(
        DecisionSummary summary,
        String decisionJson,
        String referralJson,
        List<Feedback> feedback,
        List<AccessLog.Entry> views,
        RecordIntegrity integrity,
        Map<String, Integer> firedRules) {

    /** A subject access export: every decision still held about one child, oldest first. */
    public record Export(
            String childRef, OffsetDateTime generatedAt, String generatedBy, List<DecisionRecord> decisions) {}
}
