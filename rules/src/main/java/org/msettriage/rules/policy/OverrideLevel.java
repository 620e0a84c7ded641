package org.msettriage.rules.policy;

import org.msettriage.rules.referral.RiskLevel;

/** One row of override-levels.csv: the level a cap holds the risk to, or a floor raises it to. */
public final class OverrideLevel {

    private final String code;
    private final RiskLevel level;
    private final String summary;
    private final int order;

    public OverrideLevel(String code, RiskLevel level, String summary, int order) {
        this.code = code;
        this.level = level;
        this.summary = summary;
        this.order = order;
    }

    /** Why the override applied, as a clause the decision summary can use ("the child is missing now"). */
    public String getSummary() {
        return summary;
    }

    public String getCode() {
        return code;
    }

    public RiskLevel getLevel() {
        return level;
    }

    /** The row's position: overrides are reported in the table's order. */
    public int getOrder() {
        return order;
    }
}
