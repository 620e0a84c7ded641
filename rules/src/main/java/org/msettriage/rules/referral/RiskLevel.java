package org.msettriage.rules.referral;

/** The four risk levels of the policy, in order: NONE &lt; EMERGING &lt; MODERATE &lt; SIGNIFICANT. */
public enum RiskLevel {
    NONE("None"),
    EMERGING("Emerging"),
    MODERATE("Moderate"),
    SIGNIFICANT("Significant");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public int getRank() {
        return ordinal();
    }

    /** How the level reads in an explanation sentence. */
    public String getLabel() {
        return label;
    }

    /** This level, or the ceiling when this is above it. */
    public RiskLevel atMost(RiskLevel ceiling) {
        return compareTo(ceiling) <= 0 ? this : ceiling;
    }
}
