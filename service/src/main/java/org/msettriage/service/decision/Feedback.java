package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A practitioner's response to a decision; the comment only in auditors' views (null otherwise). */
public record Feedback(
        UUID feedbackId,
        UUID decisionId,
        String outcome,
        String reasonCode,
        String comment,
        OffsetDateTime recordedAt,
        String recordedBy) {}
