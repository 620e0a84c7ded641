package org.msettriage.rules.referral;

import java.time.OffsetDateTime;

/** The level an earlier assessment of the same child reached, and when. */
public record PreviousAssessment(RiskLevel riskLevel, OffsetDateTime assessedAt) {}
