package org.msettriage.rules.facts;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.msettriage.rules.referral.PreviousAssessment;
import org.msettriage.rules.referral.RiskLevel;

/** The level an earlier assessment reached, and how long before this assessment it was made. */
public final class PreviousLevel {

    private final RiskLevel level;
    private final OffsetDateTime assessedAt;
    private final Duration before;

    public PreviousLevel(PreviousAssessment previous, OffsetDateTime assessedAt) {
        this.level = previous.riskLevel();
        this.assessedAt = previous.assessedAt();
        this.before = Duration.between(previous.assessedAt(), assessedAt);
    }

    public RiskLevel getLevel() {
        return level;
    }

    public OffsetDateTime getAssessedAt() {
        return assessedAt;
    }

    /** True when the earlier assessment was made at least this long before this one (the edge counts). */
    public boolean madeAtLeast(Duration period) {
        return before.compareTo(period) >= 0;
    }
}
