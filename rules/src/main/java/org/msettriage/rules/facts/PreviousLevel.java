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
    private final boolean fromRecord;

    public PreviousLevel(PreviousAssessment previous, OffsetDateTime assessedAt) {
        this(previous.riskLevel(), previous.assessedAt(), assessedAt, false);
    }

    private PreviousLevel(RiskLevel level, OffsetDateTime previousAt, OffsetDateTime assessedAt, boolean fromRecord) {
        this.level = level;
        this.assessedAt = previousAt;
        this.before = Duration.between(previousAt, assessedAt);
        this.fromRecord = fromRecord;
    }

    /**
     * The child's latest earlier decision in the service's own record, standing in for a previous
     * assessment the referral does not give (policy section 10).
     */
    public static PreviousLevel fromRecord(RiskLevel level, OffsetDateTime previousAt, OffsetDateTime assessedAt) {
        return new PreviousLevel(level, previousAt, assessedAt, true);
    }

    /**
     * Where the earlier level comes from, as a clause ending the explanation: nothing for the referral's own
     * previous assessment (its sentence is as version 1 words it), the service's record otherwise.
     */
    public String getSource() {
        return fromRecord ? "; the earlier level is from this service's own record of the child's decisions" : "";
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
