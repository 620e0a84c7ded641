package org.msettriage.rules.links;

import java.time.OffsetDateTime;
import org.msettriage.rules.referral.RiskLevel;

/**
 * The same child's earlier stored decisions within the link window: how many, and the level and
 * assessment time of the latest (both null when there is none).
 */
public record History(int earlierDecisions, RiskLevel latestRiskLevel, OffsetDateTime latestAssessedAt) {

    public static final History NONE = new History(0, null, null);

    public boolean hasLatest() {
        return latestRiskLevel != null && latestAssessedAt != null;
    }
}
