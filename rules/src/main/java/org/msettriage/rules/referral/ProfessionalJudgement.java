package org.msettriage.rules.referral;

/** A practitioner's request to raise or lower the level, with the rationale and who approved it. */
public record ProfessionalJudgement(
        JudgementDirection direction, RiskLevel level, String rationale, String approvedBy) {}
