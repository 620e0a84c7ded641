package org.msettriage.rules.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.msettriage.rules.referral.Recency;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Turns each policy table into its rows, refusing gaps, overlaps and unknown codes where they are. A
 * bad cell is noted and the rest of its row and of the table still read ({@link RowCells}), so one check
 * reports every problem at once.
 */
final class PolicyTables {

    /** The kinds a category may be of; the rules and action-rules.csv name these, not category lists. */
    static final List<String> CATEGORY_KINDS = List.of("exploitation", "missing");

    private PolicyTables() {}

    static Map<String, CategoryDefinition> categories(CsvTable table, List<PolicyTableException> problems) {
        Map<String, CategoryDefinition> categories = new LinkedHashMap<>();
        RowCells.eachRow(table, problems, cells -> {
            String category = cells.required("category");
            String title = cells.required("title");
            String kind = cells.optional("kind");
            if (kind != null && !CATEGORY_KINDS.contains(kind)) {
                // Noted, and the category kept without a kind, so its indicators are not refused as well.
                cells.note(cells.problem(
                        "kind",
                        "'" + kind + "' is not a kind of category: give " + String.join(" or ", CATEGORY_KINDS)
                                + ", or leave it blank"));
                kind = null;
            }
            String exploitationType = cells.optional("exploitation_type");
            // Only a category of a kind reaches the answer's exploitationTypes; a word beside one without is
            // never read, and a ruleset serving with one must still load. The contract's words for the kinds
            // of exploitation: any other would be an answer no case system could read. Noted, and the
            // category kept, so its indicators are not refused too.
            if (exploitationType != null
                    && kind != null
                    && cells.enumValue("exploitation_type", ExploitationTypeName.class) == null) {
                exploitationType = null;
            }
            String concern = cells.required("concern");
            // Kept whatever else of its row is wrong, so that its indicators are not refused as well.
            if (category != null
                    && categories.putIfAbsent(
                                    category,
                                    new CategoryDefinition(
                                            category, title, exploitationType, concern, categories.size(), kind))
                            != null) {
                cells.note(duplicate(cells, "category", "category", category));
            }
        });
        return categories;
    }

    static Map<String, IndicatorDefinition> indicators(
            CsvTable table,
            Map<String, CategoryDefinition> categories,
            PolicySettings settings,
            List<PolicyTableException> problems) {
        Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        RowCells.eachRow(table, problems, cells -> {
            String code = cells.required("code");
            String category = cells.required("category");
            if (category != null && !categories.containsKey(category)) {
                cells.note(cells.problem(
                                "category", "unknown category '" + category + "' (see " + PolicyFiles.CATEGORIES + ")")
                        .dependingOn(PolicyFiles.CATEGORIES));
            }
            String tier = cells.required("tier");
            // Checked against the policy's types in a candidate (CandidateTableChecks), not here: a ruleset
            // kept with another type before that check must still load.
            String evidence = cells.required("evidence");
            String title = cells.read(() -> worded(cells.row(), "title", settings));
            if (code != null && !codes.add(code)) {
                cells.note(duplicate(cells, "code", "indicator", code));
            }
            if (cells.clean()) {
                indicators.put(
                        code,
                        new IndicatorDefinition(
                                code,
                                category,
                                tier,
                                evidence,
                                title,
                                categories.get(category).getKind()));
            }
        });
        return indicators;
    }

    /** Why a cell naming an evidence type does not: the rules compare the type exactly, so it must be one. */
    static String notAnEvidenceType(String cell) {
        return "'" + cell + "' is not an evidence type: give one of "
                + String.join(", ", IndicatorDefinition.EVIDENCE_TYPES)
                + " (in capitals, as the policy names them; the rules and " + PolicyFiles.ACTION_RULES
                + " compare them exactly)";
    }

    static List<PointsEntry> points(CsvTable table, CsvTable indicatorTable, List<PolicyTableException> problems) {
        List<PointsEntry> points = new ArrayList<>();
        Set<String> tiers = new TreeSet<>();
        RowCells.eachRow(table, problems, cells -> {
            String tier = cells.required("tier");
            // The tier counts as given even if a number in its row is wrong, so that one bad cell is
            // reported once rather than again for every indicator of the tier.
            boolean first = tier != null && tiers.add(tier);
            if (tier != null && !first) {
                cells.note(duplicate(cells, "tier", "tier", tier));
            }
            for (Recency recency : Recency.values()) {
                Integer value = cells.integer(recency.name());
                if (first && value != null) {
                    points.add(new PointsEntry(tier, recency, value));
                }
            }
        });
        // A tier no row scores is reported once, at the tier cell of the first indicator giving it: where a
        // mistyped letter is, and where the lead looks for a tier whose row was dropped from points.csv.
        Map<String, List<CsvTable.Row>> untiered = new LinkedHashMap<>();
        for (CsvTable.Row row : indicatorTable.rows()) {
            String tier = row.optional("tier");
            if (tier != null && !tiers.contains(tier)) {
                untiered.computeIfAbsent(tier, t -> new ArrayList<>()).add(row);
            }
        }
        untiered.forEach((tier, rows) -> problems.add(rows.get(0)
                .problem(
                        "tier",
                        "no points for tier '" + tier + "': " + table.fileName() + " scores "
                                + (tiers.isEmpty() ? "no tier" : "tiers " + String.join(", ", tiers))
                                + (rows.size() == 1 ? "" : "; " + (rows.size() - 1) + " other indicators give it too"))
                .dependingOn(table.fileName())));
        return points;
    }

    /**
     * The name of each tier letter. Every tier points.csv scores must be named, once, and every tier
     * named must be one points.csv scores, so a reader of the ruleset never meets an unexplained letter.
     * The tiers scored are those points.csv gives, even on a row with a wrong number: that number is
     * reported at its cell, not again here.
     */
    static Map<String, String> tiers(CsvTable table, Set<String> scored, List<PolicyTableException> problems) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        RowCells.eachRow(table, problems, cells -> {
            String tier = cells.required("tier");
            String name = cells.required("name");
            if (tier == null) {
                return;
            }
            if (!scored.contains(tier)) {
                cells.note(cells.problem(
                                "tier", "names tier '" + tier + "', which " + PolicyFiles.POINTS + " does not score")
                        .dependingOn(PolicyFiles.POINTS));
            } else if (!named.add(tier)) {
                cells.note(duplicate(cells, "tier", "tier", tier));
            } else if (name != null) {
                names.put(tier, name);
            }
        });
        new TreeSet<>(scored)
                .stream()
                        .filter(tier -> !named.contains(tier))
                        .forEach(tier -> problems.add(new PolicyTableException(
                                table.fileName(),
                                1,
                                "no row naming tier '" + tier + "', which " + PolicyFiles.POINTS + " scores")));
        return names;
    }

    static Map<String, OverrideLevel> overrideLevels(
            CsvTable table, PolicySettings settings, List<PolicyTableException> problems) {
        Map<String, OverrideLevel> levels = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        RowCells.eachRow(table, problems, cells -> {
            String code = cells.required("code");
            RiskLevel level = cells.enumValue("level", RiskLevel.class);
            String summary = cells.read(() -> worded(cells.row(), "summary", settings));
            if (code != null && !codes.add(code)) {
                cells.note(duplicate(cells, "code", "override", code));
            }
            if (cells.clean()) {
                levels.put(code, new OverrideLevel(code, level, summary, levels.size()));
            }
        });
        return levels;
    }

    static Map<String, Optional<Duration>> timescales(CsvTable table, List<PolicyTableException> problems) {
        Map<String, Optional<Duration>> timescales = new LinkedHashMap<>();
        RowCells.eachRow(table, problems, cells -> {
            String timescale = cells.required("timescale");
            // A blank number of hours is a timescale with no date (before the next panel). One that is not a
            // number is reported at its cell, and the timescale still kept, so that the actions naming it
            // are not refused as well.
            Optional<Duration> due = cells.optional("hours") == null
                    ? Optional.empty()
                    : Optional.ofNullable(cells.integer("hours")).map(Duration::ofHours);
            if (timescale != null && timescales.putIfAbsent(timescale, due) != null) {
                cells.note(duplicate(cells, "timescale", "timescale", timescale));
            }
        });
        return timescales;
    }

    static List<ActionDefinition> actions(
            CsvTable table,
            Map<String, Optional<Duration>> timescales,
            PolicySettings settings,
            List<PolicyTableException> problems) {
        Map<String, ActionDefinition> actions = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        RowCells.eachRow(table, problems, cells -> {
            String code = cells.required("code");
            String leadAgency = cells.required("lead_agency");
            String timescale = cells.required("timescale");
            if (timescale != null && !timescales.containsKey(timescale)) {
                cells.note(cells.problem(
                                "timescale",
                                "unknown timescale '" + timescale + "' (see " + PolicyFiles.TIMESCALES + ")")
                        .dependingOn(PolicyFiles.TIMESCALES));
            }
            String title = cells.read(() -> worded(cells.row(), "title", settings));
            if (code != null && !codes.add(code)) {
                cells.note(duplicate(cells, "code", "action", code));
            }
            if (cells.clean()) {
                actions.put(
                        code, new ActionDefinition(code, leadAgency, timescale, title, cells.optional("legal_basis")));
            }
        });
        return List.copyOf(actions.values());
    }

    /**
     * A cell's text with the settings it names filled in ({repeat_missing_episodes} becomes 3); a name
     * that is not a setting is a problem at the cell. Left as written while the settings are unreadable:
     * their own problems are reported.
     */
    static String worded(CsvTable.Row row, String column, PolicySettings settings) {
        String text = row.required(column);
        List<String> unknown = PolicySettings.unknownIn(text);
        if (!unknown.isEmpty()) {
            throw row.problem(
                    column,
                    "names {" + String.join("}, {", unknown) + "}, which "
                            + (unknown.size() == 1 ? "is not a setting" : "are not settings") + " (see "
                            + PolicyFiles.SETTINGS + ")");
        }
        if (settings == null) {
            return text;
        }
        List<String> absent = settings.absentIn(text);
        if (!absent.isEmpty()) {
            throw row.problem(
                    column,
                    "names {" + String.join("}, {", absent) + "}, which " + PolicyFiles.SETTINGS
                            + " does not give; add its row there or write the words");
        }
        return settings.fill(text);
    }

    private static PolicyTableException duplicate(RowCells cells, String column, String what, String key) {
        return cells.problem(column, what + " '" + key + "' is given twice");
    }
}
