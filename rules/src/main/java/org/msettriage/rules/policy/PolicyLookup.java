package org.msettriage.rules.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.referral.Recency;

/**
 * The indicator and points tables as one fact rules look rows up in ({@code from
 * $tables.indicator($code)}), instead of some eighty row facts inserted into every evaluation: inserting
 * a fact costs a handle and a pass through the network, and the rows were most of each evaluation's
 * facts. Read-only, shared by every evaluation of a ruleset.
 */
public final class PolicyLookup {

    private final Map<String, IndicatorDefinition> indicators;
    private final Map<String, PointsEntry> points = new HashMap<>();

    PolicyLookup(Map<String, IndicatorDefinition> indicators, List<PointsEntry> entries) {
        this.indicators = Map.copyOf(indicators);
        entries.forEach(entry -> points.put(key(entry.getTier(), entry.getRecency()), entry));
    }

    /** The indicator of a code, or null (so a rule matches nothing) for a code the table lacks. */
    public IndicatorDefinition indicator(String code) {
        return indicators.get(code);
    }

    /** The points a tier earns at a recency, or null when the points table has no such row. */
    public PointsEntry points(String tier, Recency recency) {
        return points.get(key(tier, recency));
    }

    private static String key(String tier, Recency recency) {
        return tier + "/" + recency.name();
    }
}
