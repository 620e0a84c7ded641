package org.msettriage.rules.facts;

import java.util.List;
import org.msettriage.rules.policy.IndicatorDefinition;
import org.msettriage.rules.policy.PointsEntry;
import org.msettriage.rules.referral.Recency;

/** A counted indicator: one per code, at its most recent recency, with the points it earns. */
public final class IndicatorUsed implements Explained {

    private final String code;
    private final String category;
    private final String tier;
    private final String evidence;
    private final String title;
    private final String categoryKind;
    private final Recency recency;
    private final boolean derived;
    private final int points;

    public IndicatorUsed(Evidence evidence, IndicatorDefinition definition, PointsEntry entry) {
        this.code = evidence.getCode();
        this.category = definition.getCategory();
        this.tier = definition.getTier();
        this.evidence = definition.getEvidence();
        this.title = definition.getTitle();
        this.categoryKind = definition.getCategoryKind();
        this.recency = evidence.getRecency();
        this.derived = evidence.isDerived();
        this.points = entry.getPoints();
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

    /** Its evidence type from indicators.csv, one of {@link IndicatorDefinition#EVIDENCE_TYPES}. */
    public String getEvidence() {
        return evidence;
    }

    public String getTitle() {
        return title;
    }

    /** "exploitation", "missing" or null: the kind categories.csv gives its category. */
    public String getCategoryKind() {
        return categoryKind;
    }

    public Recency getRecency() {
        return recency;
    }

    public boolean isDerived() {
        return derived;
    }

    public int getPoints() {
        return points;
    }

    /** Present in the policy's sense: counted, and CURRENT or RECENT. */
    public boolean isPresent() {
        return recency != Recency.HISTORIC;
    }

    @Override
    public List<String> codes() {
        return List.of(code);
    }

    @Override
    public int points() {
        return points;
    }
}
