package org.msettriage.rules.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.msettriage.rules.referral.Recency;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Turns each policy table into its rows, refusing gaps, overlaps and unknown codes where they are. A
 * bad row is noted and the rest of the table still read, so one check reports every problem at once.
 */
final class PolicyTables {

    /** The kinds a category may be of; the rules and action-rules.csv name these, not category lists. */
    static final List<String> CATEGORY_KINDS = List.of("exploitation", "missing");

    private PolicyTables() {}

    static Map<String, CategoryDefinition> categories(CsvTable table, List<PolicyTableException> problems) {
        Map<String, CategoryDefinition> categories = new LinkedHashMap<>();
        eachRow(table, problems, row -> {
            String category = row.required("category");
            String kind = row.optional("kind");
            if (kind != null && !CATEGORY_KINDS.contains(kind)) {
                // Noted, and the category kept without a kind, so its indicators are not refused as well.
                problems.add(row.problem(
                        "kind",
                        "'" + kind + "' is not a kind of category: give " + String.join(" or ", CATEGORY_KINDS)
                                + ", or leave it blank"));
                kind = null;
            }
            String exploitationType = row.optional("exploitation_type");
            // Only a category of a kind reaches the answer's exploitationTypes; a word beside one without is
            // never read, and a ruleset serving with one must still load.
            if (exploitationType != null && kind != null) {
                // The contract's words for the kinds of exploitation: any other would be an answer no case
                // system could read. Noted, and the category kept, so its indicators are not refused too.
                try {
                    row.enumValue("exploitation_type", ExploitationTypeName.class);
                } catch (PolicyTableException notTheContracts) {
                    problems.add(notTheContracts);
                    exploitationType = null;
                }
            }
            CategoryDefinition definition = new CategoryDefinition(
                    category,
                    row.required("title"),
                    exploitationType,
                    row.required("concern"),
                    categories.size(),
                    kind);
            if (categories.putIfAbsent(category, definition) != null) {
                throw duplicate(row, "category", "category", category);
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
        eachRow(table, problems, row -> {
            String code = row.required("code");
            String category = row.required("category");
            if (!categories.containsKey(category)) {
                throw row.problem(
                                "category", "unknown category '" + category + "' (see " + PolicyFiles.CATEGORIES + ")")
                        .dependingOn(PolicyFiles.CATEGORIES);
            }
            // Checked against the policy's types in a candidate (CandidateTableChecks), not here: a ruleset
            // kept with another type before that check must still load.
            String evidence = row.required("evidence");
            IndicatorDefinition definition = new IndicatorDefinition(
                    code,
                    category,
                    row.required("tier"),
                    evidence,
                    worded(row, "title", settings),
                    categories.get(category).getKind());
            if (indicators.putIfAbsent(code, definition) != null) {
                throw duplicate(row, "code", "indicator", code);
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
        eachRow(table, problems, row -> {
            String tier = row.required("tier");
            // The tier counts as given even if a number in its row is wrong, so that one bad cell is
            // reported once rather than again for every indicator of the tier.
            if (!tiers.add(tier)) {
                throw duplicate(row, "tier", "tier", tier);
            }
            for (Recency recency : Recency.values()) {
                points.add(new PointsEntry(tier, recency, row.integer(recency.name())));
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
     */
    static Map<String, String> tiers(CsvTable table, List<PointsEntry> points, List<PolicyTableException> problems) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> scored = new TreeSet<>();
        points.forEach(entry -> scored.add(entry.getTier()));
        eachRow(table, problems, row -> {
            String tier = row.required("tier");
            if (!scored.contains(tier)) {
                throw row.problem("tier", "names tier '" + tier + "', which " + PolicyFiles.POINTS + " does not score")
                        .dependingOn(PolicyFiles.POINTS);
            }
            if (names.putIfAbsent(tier, row.required("name")) != null) {
                throw duplicate(row, "tier", "tier", tier);
            }
        });
        scored.stream()
                .filter(tier -> !names.containsKey(tier))
                .forEach(tier -> problems.add(new PolicyTableException(
                        table.fileName(),
                        1,
                        "no row naming tier '" + tier + "', which " + PolicyFiles.POINTS + " scores")));
        return names;
    }

    /**
     * The score bands: a range table, so every score from 0 up must fall in exactly one band. Each band
     * must start where the one above it ended; a band that starts later leaves a gap, one that starts
     * earlier overlaps, and each is reported at its row's min_score cell.
     */
    static List<ScoreBand> scoreBands(CsvTable table, List<PolicyTableException> problems) {
        List<ScoreBand> bands = new ArrayList<>();
        int[] expectedMin = {0};
        eachRow(table, problems, row -> {
            ScoreBand band = new ScoreBand(
                    row.enumValue("level", RiskLevel.class),
                    row.integer("min_score"),
                    row.optional("max_score") == null ? null : row.integer("max_score"),
                    row.required("legacy_level"));
            int start = expectedMin[0];
            expectedMin[0] = band.getMaxScore() == null ? Integer.MAX_VALUE : band.getMaxScore() + 1;
            bands.add(band);
            if (band.getMaxScore() != null && band.getMaxScore() < band.getMinScore()) {
                throw row.problem("max_score", "max_score is below min_score");
            }
            if (band.getMinScore() < start) {
                throw row.problem(
                        "min_score",
                        "overlaps the band above it: scores " + band.getMinScore() + " to " + (start - 1)
                                + " are in both; expected this band to start at " + start);
            }
            if (band.getMinScore() > start) {
                throw row.problem(
                        "min_score",
                        "leaves a gap: no band covers scores " + start + " to " + (band.getMinScore() - 1)
                                + "; expected this band to start at " + start);
            }
            // The older scale's words are the contract's (legacyRiskLevel): any other would be an answer no
            // case system could read. Checked last, so that the band still counts and nothing follows on.
            row.enumValue("legacy_level", LegacyRiskLevel.class);
        });
        if (bands.isEmpty() || bands.get(bands.size() - 1).getMaxScore() != null) {
            problems.add(new PolicyTableException(
                    table.fileName(), 1, "the last band must be open (no max_score), or higher scores have no band"));
        }
        for (RiskLevel level : RiskLevel.values()) {
            if (bands.stream().noneMatch(b -> b.getLevel() == level)) {
                problems.add(new PolicyTableException(table.fileName(), 1, "no band for level " + level));
            }
        }
        return bands;
    }

    static Map<String, OverrideLevel> overrideLevels(
            CsvTable table, PolicySettings settings, List<PolicyTableException> problems) {
        Map<String, OverrideLevel> levels = new LinkedHashMap<>();
        eachRow(table, problems, row -> {
            String code = row.required("code");
            OverrideLevel level = new OverrideLevel(
                    code, row.enumValue("level", RiskLevel.class), worded(row, "summary", settings), levels.size());
            if (levels.putIfAbsent(code, level) != null) {
                throw duplicate(row, "code", "override", code);
            }
        });
        return levels;
    }

    static Map<String, Optional<Duration>> timescales(CsvTable table, List<PolicyTableException> problems) {
        Map<String, Optional<Duration>> timescales = new LinkedHashMap<>();
        eachRow(table, problems, row -> {
            String timescale = row.required("timescale");
            // A blank number of hours is a timescale with no date (before the next panel).
            Optional<Duration> due = row.optional("hours") == null
                    ? Optional.empty()
                    : Optional.of(Duration.ofHours(row.integer("hours")));
            if (timescales.putIfAbsent(timescale, due) != null) {
                throw duplicate(row, "timescale", "timescale", timescale);
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
        eachRow(table, problems, row -> {
            String code = row.required("code");
            String timescale = row.required("timescale");
            if (!timescales.containsKey(timescale)) {
                throw row.problem(
                                "timescale",
                                "unknown timescale '" + timescale + "' (see " + PolicyFiles.TIMESCALES + ")")
                        .dependingOn(PolicyFiles.TIMESCALES);
            }
            ActionDefinition action = new ActionDefinition(
                    code,
                    row.required("lead_agency"),
                    timescale,
                    worded(row, "title", settings),
                    row.optional("legal_basis"));
            if (actions.putIfAbsent(code, action) != null) {
                throw duplicate(row, "code", "action", code);
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

    /** Reads every row, noting a row's problem and going on with the next. */
    static void eachRow(CsvTable table, List<PolicyTableException> problems, Consumer<CsvTable.Row> read) {
        for (CsvTable.Row row : table.rows()) {
            try {
                read.accept(row);
            } catch (PolicyTableException e) {
                problems.add(e);
            }
        }
    }

    private static PolicyTableException duplicate(CsvTable.Row row, String column, String what, String key) {
        return row.problem(column, what + " '" + key + "' is given twice");
    }
}
