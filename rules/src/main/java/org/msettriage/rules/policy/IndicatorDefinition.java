package org.msettriage.rules.policy;

/** One row of indicators.csv: a code, its category, tier and evidence type, and its title. */
public final class IndicatorDefinition {

    private final String code;
    private final String category;
    private final String tier;
    private final String evidence;
    private final String title;
    private final String categoryKind;

    public IndicatorDefinition(
            String code, String category, String tier, String evidence, String title, String categoryKind) {
        this.categoryKind = categoryKind;
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

    /** The kind of its category (see {@link CategoryDefinition#getKind()}): "exploitation", "missing" or null. */
    public String getCategoryKind() {
        return categoryKind;
    }
}
