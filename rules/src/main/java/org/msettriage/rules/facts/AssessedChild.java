package org.msettriage.rules.facts;

import java.time.OffsetDateTime;
import org.msettriage.rules.referral.CareStatus;

/** The child as the rules see it at the moment of assessment. */
public final class AssessedChild {

    private final int ageYears;
    private final CareStatus careStatus;
    private final OffsetDateTime assessedAt;

    public AssessedChild(int ageYears, CareStatus careStatus, OffsetDateTime assessedAt) {
        this.ageYears = ageYears;
        this.careStatus = careStatus;
        this.assessedAt = assessedAt;
    }

    public int getAgeYears() {
        return ageYears;
    }

    /** The care status given, or null when the referral did not say. */
    public CareStatus getCareStatus() {
        return careStatus;
    }

    /** The care status the rules use: one not given is taken as NONE (policy section 8). */
    public CareStatus getCareStatusForRules() {
        return careStatus == null ? CareStatus.NONE : careStatus;
    }

    public OffsetDateTime getAssessedAt() {
        return assessedAt;
    }
}
