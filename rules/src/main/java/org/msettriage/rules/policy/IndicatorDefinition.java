package org.msettriage.rules.policy;

/** One row of indicators.csv: a code, its category, tier and evidence type, and its title. */
public final class IndicatorDefinition {

    private final String code;
    private final String category;
    private final String tier;
    private final String evidence;
    private final String title;

    public IndicatorDefinition(String code, String category, String tier, String evidence, String title) {
        this.code = code;
        this.category = category;
        this.tier = tier;
        this.evidence = evidence;
        this.title = title;
    }

    public String getCode() {
        return code;
    }

    public String getCategory() {
        return category;
    }

    public String getTier() {
        return tier;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getTitle() {
        return title;
    }
}
