package org.msettriage.rules.policy;

import java.util.List;

/** One row of indicators.csv: a code, its category, tier and evidence type, and its title. */
public final class IndicatorDefinition {

    /**
     * The evidence types the policy gives its indicators (indicators.csv): harm has happened, a sign of
     * risk, a vulnerability or push factor, a protective factor. Rules and action-rules.csv compare them
     * exactly, so a table naming any other is refused rather than left to match nothing.
     */
    public static final List<String> EVIDENCE_TYPES = List.of("HARM", "RISK", "VULNERABILITY", "PROTECTIVE");

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
