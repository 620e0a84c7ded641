package org.msettriage.rules.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.msettriage.rules.links.Identifiers;
import org.msettriage.rules.links.LinkPolicy;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Every policy table of one ruleset, read and checked: the facts each evaluation starts from, and the
 * catalogues the service serves. Reading fails with every problem found, each at its file, line and column.
 */
public final class Policy {

    private final Map<String, IndicatorDefinition> indicators;
    private final Map<String, CategoryDefinition> categories;
    private final List<PointsEntry> points;
    private final List<ScoreBand> scoreBands;
    private final Map<String, OverrideLevel> overrideLevels;
    private final PolicySettings settings;
    private final Map<String, Optional<Duration>> timescales;
    private final List<ActionDefinition> actions;
    // Each action's row, looked up for every recommended action of every decision.
    private final Map<String, Integer> actionRows = new HashMap<>();
    private final List<Object> facts;
    private final Map<String, String> tierNames;
    private final ActionRules actionRules;
    private final LinkPolicy linking;

    private Policy(
            Map<String, IndicatorDefinition> indicators,
            Map<String, CategoryDefinition> categories,
            List<PointsEntry> points,
            List<ScoreBand> scoreBands,
            Map<String, OverrideLevel> overrideLevels,
            PolicySettings settings,
            Map<String, Optional<Duration>> timescales,
            List<ActionDefinition> actions,
            Map<String, String> tierNames,
            ActionRules actionRules,
            LinkPolicy linking) {
        this.linking = linking;
        this.tierNames = Map.copyOf(tierNames);
        this.actionRules = actionRules;
        this.indicators = indicators;
        this.categories = categories;
        this.points = points;
        this.scoreBands = scoreBands;
        this.overrideLevels = overrideLevels;
        this.settings = settings;
        this.timescales = timescales;
        this.actions = actions;
        for (int row = 0; row < actions.size(); row++) {
            actionRows.put(actions.get(row).code(), row);
        }
        List<Object> all = new ArrayList<>();
        all.addAll(indicators.values());
        all.addAll(categories.values());
        all.addAll(points);
        all.addAll(scoreBands);
        all.addAll(overrideLevels.values());
        all.add(settings);
        all.add(new PolicyLookup(indicators, points));
        if (actionRules != null) {
            all.add(actionRules);
        }
        this.facts = Collections.unmodifiableList(all);
    }

    /**
     * Reads the tables from their text, keyed by file name, or fails with every problem found. A table
     * whose own rows are wrong is still checked against the others where it can be, so a policy lead
     * sees all of a change's problems at once rather than one per attempt.
     */
    public static Policy read(Map<String, String> tableText) {
        List<PolicyTableException> problems = new ArrayList<>();
        Tables tables = new Tables(tableText, problems, new LinkedHashMap<>());
        Map<String, CategoryDefinition> categories =
                PolicyTables.categories(tables.get(PolicyFiles.CATEGORIES), problems);
        // Read first: titles may name a setting, {current_window_days}, so that they say what the rules do.
        PolicySettings settings = PolicySettings.from(tables.get(PolicyFiles.SETTINGS), problems);
        CsvTable indicatorTable = tables.get(PolicyFiles.INDICATORS);
        Map<String, IndicatorDefinition> indicators =
                PolicyTables.indicators(indicatorTable, categories, settings, problems);
        CsvTable pointsTable = tables.get(PolicyFiles.POINTS);
        List<PointsEntry> points = PolicyTables.points(pointsTable, indicatorTable, problems);
        Map<String, String> tierNames = tableText.containsKey(PolicyFiles.TIERS)
                ? PolicyTables.tiers(tables.get(PolicyFiles.TIERS), given(pointsTable, "tier"), problems)
                : Map.of();
        List<ScoreBand> bands = ScoreBandTable.read(tables.get(PolicyFiles.SCORE_BANDS), problems);
        Map<String, OverrideLevel> overrides =
                PolicyTables.overrideLevels(tables.get(PolicyFiles.OVERRIDE_LEVELS), settings, problems);
        Map<String, Optional<Duration>> timescales =
                PolicyTables.timescales(tables.get(PolicyFiles.TIMESCALES), problems);
        CsvTable actionTable = tables.get(PolicyFiles.ACTIONS);
        List<ActionDefinition> actions = PolicyTables.actions(actionTable, timescales, settings, problems);
        ActionRules actionRules = tableText.containsKey(PolicyFiles.ACTION_RULES)
                ? ActionRuleTable.read(
                        tables.get(PolicyFiles.ACTION_RULES),
                        // Every code a table gives, even on a row with a problem of its own: that problem is
                        // reported there, not again at each row of action-rules.csv naming the code.
                        new ActionRuleTable.Known(
                                given(indicatorTable, "code"),
                                categories.keySet(),
                                categories.values().stream()
                                        .map(CategoryDefinition::getKind)
                                        .filter(java.util.Objects::nonNull)
                                        .collect(Collectors.toSet()),
                                given(pointsTable, "tier"),
                                given(actionTable, "code"),
                                settings),
                        problems)
                : null;
        LinkPolicy linking = linking(
                tableText.containsKey(PolicyFiles.LINK_STOP_WORDS) ? tables.get(PolicyFiles.LINK_STOP_WORDS) : null,
                settings,
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(withoutFollowOns(problems, tables.unreadable()));
        }
        return new Policy(
                indicators,
                categories,
                points,
                bands,
                overrides,
                settings,
                timescales,
                actions,
                tierNames,
                actionRules,
                linking);
    }

    /**
     * How the ruleset links referrals, or null when it does not: links need both the stop list and
     * {@code link_window_days}, so a ruleset giving one without the other has a problem at it.
     */
    private static LinkPolicy linking(CsvTable stopList, PolicySettings settings, List<PolicyTableException> problems) {
        Integer window = settings == null ? null : settings.value("link_window_days");
        if (stopList == null && window == null) {
            return null;
        }
        if (stopList == null) {
            problems.add(new PolicyTableException(
                    PolicyFiles.SETTINGS,
                    1,
                    "link_window_days links referrals, which needs the stop list " + PolicyFiles.LINK_STOP_WORDS));
            return null;
        }
        if (window == null) {
            if (settings != null) {
                problems.add(new PolicyTableException(
                        PolicyFiles.LINK_STOP_WORDS,
                        1,
                        "a stop list links referrals, which needs a row for setting 'link_window_days' in "
                                + PolicyFiles.SETTINGS));
            }
            return null;
        }
        if (window < 1) {
            problems.add(new PolicyTableException(
                    PolicyFiles.SETTINGS, 1, "link_window_days must be 1 or more, not " + window));
            return null;
        }
        Set<String> words = new HashSet<>();
        RowCells.eachRow(stopList, problems, cells -> {
            String cell = cells.required("words");
            if (cell == null) {
                return;
            }
            String normalised = Identifiers.normalised(cell);
            if (normalised.isEmpty()) {
                cells.note(cells.problem("words", "'" + cell + "' has no letter or digit, so it could never match"));
            } else if (!words.add(normalised)) {
                cells.note(cells.problem("words", "'" + normalised + "' is on the stop list twice"));
            }
        });
        return new LinkPolicy(window, words);
    }

    /** How the ruleset links referrals (policy section 10), or empty for a ruleset before 2026.12.2. */
    public Optional<LinkPolicy> linking() {
        return Optional.ofNullable(linking);
    }

    private static Set<String> given(CsvTable table, String column) {
        return table.rows().stream()
                .map(row -> row.optional(column))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /**
     * Parses each table, noting a missing or unreadable one (by its file, with the problem that says so)
     * and standing an empty table in for it.
     */
    private record Tables(
            Map<String, String> text,
            List<PolicyTableException> problems,
            Map<String, PolicyTableException> unreadable) {

        CsvTable get(String fileName) {
            String content = text.get(fileName);
            try {
                if (content == null) {
                    throw new PolicyTableException(fileName, 0, "the ruleset has no file " + fileName);
                }
                return CsvTable.parse(fileName, content, TableColumns.required(fileName));
            } catch (PolicyTableException e) {
                problems.add(e);
                unreadable.put(fileName, e);
                return CsvTable.empty(fileName);
            }
        }
    }

    /**
     * The problems without those that only follow from a table that could not be read: checked against
     * its empty stand-in, every row of another table naming one of its codes, and the stand-in's own
     * completeness ("no row for setting ..."), were wrong, and an unclosed quote in categories.csv gave 67
     * problems where there was one. A problem found against an unreadable table's content (marked with
     * {@link PolicyTableException#dependingOn}), or in one, is left out; the file's own problem says so.
     * The ruleset stays unusable, and the next validation, once the file reads, checks all of it.
     */
    static List<PolicyTableException> withoutFollowOns(
            List<PolicyTableException> problems, Map<String, PolicyTableException> unreadable) {
        if (unreadable.isEmpty()) {
            return problems;
        }
        List<PolicyTableException> kept = new ArrayList<>();
        for (PolicyTableException problem : problems) {
            if (unreadable.get(problem.fileName()) == problem) {
                kept.add(new PolicyTableException(
                        problem.fileName(),
                        problem.line(),
                        problem.column(),
                        problem.problem() + "; nothing that depends on this file was checked"));
            } else if (!unreadable.containsKey(problem.fileName())
                    && (problem.dependsOn() == null || !unreadable.containsKey(problem.dependsOn()))) {
                kept.add(problem);
            }
        }
        return kept;
    }

    /** The facts every evaluation starts from: the rows of every table the rules read. */
    public List<Object> facts() {
        return facts;
    }

    public List<IndicatorDefinition> indicators() {
        return List.copyOf(indicators.values());
    }

    public IndicatorDefinition indicator(String code) {
        return indicators.get(code);
    }

    public boolean knowsIndicator(String code) {
        return indicators.containsKey(code);
    }

    public CategoryDefinition category(String category) {
        return categories.get(category);
    }

    public List<ActionDefinition> actions() {
        return actions;
    }

    /** How long after the assessment an action of this timescale is due; empty when it has no date. */
    public Optional<Duration> dueAfter(String timescale) {
        return timescales.get(timescale);
    }

    public ActionDefinition action(String code) {
        Integer row = actionRows.get(code);
        return row == null ? null : actions.get(row);
    }

    /** The order actions are listed in: the rows of actions.csv. */
    public int actionOrder(String code) {
        return actionRows.getOrDefault(code, Integer.MAX_VALUE);
    }

    public OverrideLevel overrideLevel(String code) {
        return overrideLevels.get(code);
    }

    /** What a tier letter means ("significant" for S), or the letter itself when the ruleset names none. */
    public String tierName(String tier) {
        return tierNames.getOrDefault(tier, tier);
    }

    /** The rows of action-rules.csv, or empty for a ruleset whose actions are all in DRL. */
    public Optional<ActionRules> actionRules() {
        return Optional.ofNullable(actionRules);
    }

    public PolicySettings settings() {
        return settings;
    }

    public ScoreBand band(RiskLevel level) {
        return scoreBands.stream()
                .filter(b -> b.getLevel() == level)
                .findFirst()
                .orElseThrow();
    }

    /** The order overrides are reported in: the rows of override-levels.csv, then any others. */
    public int overrideOrder(String code) {
        OverrideLevel level = overrideLevels.get(code);
        return level == null ? Integer.MAX_VALUE : level.getOrder();
    }
}
