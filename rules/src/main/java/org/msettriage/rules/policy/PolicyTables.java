package org.msettriage.rules.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.msettriage.rules.referral.Recency;
import org.msettriage.rules.referral.RiskLevel;

/** Turns each policy table into its rows, refusing gaps, overlaps and unknown codes with their line. */
final class PolicyTables {

    private PolicyTables() {}

    static Map<String, CategoryDefinition> categories(CsvTable table) {
        Map<String, CategoryDefinition> categories = new LinkedHashMap<>();
        int order = 0;
        for (CsvTable.Row row : table.rows()) {
            String category = row.required("category");
            CategoryDefinition definition = new CategoryDefinition(
                    category,
                    row.required("title"),
                    row.optional("exploitation_type"),
                    row.required("concern"),
                    order++);
            if (categories.put(category, definition) != null) {
                throw duplicate(row, "category", category);
            }
        }
        return categories;
    }

    static Map<String, IndicatorDefinition> indicators(CsvTable table, Map<String, CategoryDefinition> categories) {
        Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.required("code");
            String category = row.required("category");
            if (!categories.containsKey(category)) {
                throw new PolicyTableException(row.fileName(), row.line(), "unknown category '" + category + "'");
            }
            IndicatorDefinition definition = new IndicatorDefinition(
                    code, category, row.required("tier"), row.required("evidence"), row.required("title"));
            if (indicators.put(code, definition) != null) {
                throw duplicate(row, "indicator", code);
            }
        }
        return indicators;
    }

    static List<PointsEntry> points(CsvTable table, Map<String, IndicatorDefinition> indicators) {
        List<PointsEntry> points = new ArrayList<>();
        Set<String> tiers = new TreeSet<>();
        for (CsvTable.Row row : table.rows()) {
            String tier = row.required("tier");
            if (!tiers.add(tier)) {
                throw duplicate(row, "tier", tier);
            }
            for (Recency recency : Recency.values()) {
                points.add(new PointsEntry(tier, recency, row.integer(recency.name())));
            }
        }
        for (IndicatorDefinition indicator : indicators.values()) {
            if (!tiers.contains(indicator.getTier())) {
                throw new PolicyTableException(
                        table.fileName(),
                        1,
                        "no points for tier '" + indicator.getTier() + "' of " + indicator.getCode());
            }
        }
        return points;
    }

    static List<ScoreBand> scoreBands(CsvTable table) {
        List<ScoreBand> bands = new ArrayList<>();
        int expectedMin = 0;
        for (CsvTable.Row row : table.rows()) {
            ScoreBand band = new ScoreBand(
                    row.enumValue("level", RiskLevel.class),
                    row.integer("min_score"),
                    row.optional("max_score") == null ? null : row.integer("max_score"),
                    row.required("legacy_level"));
            if (band.getMinScore() != expectedMin) {
                throw new PolicyTableException(
                        row.fileName(),
                        row.line(),
                        band.getMinScore() < expectedMin
                                ? "overlaps the band above it: starts at " + band.getMinScore() + ", expected "
                                        + expectedMin
                                : "leaves a gap: starts at " + band.getMinScore() + ", expected " + expectedMin);
            }
            if (band.getMaxScore() != null && band.getMaxScore() < band.getMinScore()) {
                throw new PolicyTableException(row.fileName(), row.line(), "max_score is below min_score");
            }
            bands.add(band);
            expectedMin = band.getMaxScore() == null ? Integer.MAX_VALUE : band.getMaxScore() + 1;
        }
        if (bands.isEmpty() || bands.get(bands.size() - 1).getMaxScore() != null) {
            throw new PolicyTableException(table.fileName(), 1, "the last band must be open (no max_score)");
        }
        for (RiskLevel level : RiskLevel.values()) {
            if (bands.stream().noneMatch(b -> b.getLevel() == level)) {
                throw new PolicyTableException(table.fileName(), 1, "no band for level " + level);
            }
        }
        return bands;
    }

    static Map<String, OverrideLevel> overrideLevels(CsvTable table) {
        Map<String, OverrideLevel> levels = new LinkedHashMap<>();
        int order = 0;
        for (CsvTable.Row row : table.rows()) {
            String code = row.required("code");
            OverrideLevel level =
                    new OverrideLevel(code, row.enumValue("level", RiskLevel.class), row.required("summary"), order++);
            if (levels.put(code, level) != null) {
                throw duplicate(row, "override", code);
            }
        }
        return levels;
    }

    static Map<String, Optional<Duration>> timescales(CsvTable table) {
        Map<String, Optional<Duration>> timescales = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String timescale = row.required("timescale");
            // A blank number of hours is a timescale with no date (before the next panel).
            Optional<Duration> due = row.optional("hours") == null
                    ? Optional.empty()
                    : Optional.of(Duration.ofHours(row.integer("hours")));
            if (timescales.put(timescale, due) != null) {
                throw duplicate(row, "timescale", timescale);
            }
        }
        return timescales;
    }

    static List<ActionDefinition> actions(CsvTable table, Map<String, Optional<Duration>> timescales) {
        Map<String, ActionDefinition> actions = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.required("code");
            if (!timescales.containsKey(row.required("timescale"))) {
                throw new PolicyTableException(
                        row.fileName(),
                        row.line(),
                        "unknown timescale '" + row.required("timescale") + "' (see " + PolicyFiles.TIMESCALES + ")");
            }
            ActionDefinition action = new ActionDefinition(
                    code,
                    row.required("lead_agency"),
                    row.required("timescale"),
                    row.required("title"),
                    row.optional("legal_basis"));
            if (actions.put(code, action) != null) {
                throw duplicate(row, "action", code);
            }
        }
        return List.copyOf(actions.values());
    }

    private static PolicyTableException duplicate(CsvTable.Row row, String what, String key) {
        return new PolicyTableException(row.fileName(), row.line(), what + " '" + key + "' is given twice");
    }
}
