package org.msettriage.rules.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.msettriage.rules.referral.CareStatus;
import org.msettriage.rules.referral.LocationType;
import org.msettriage.rules.referral.Recency;
import org.msettriage.rules.referral.RiskLevel;

/**
 * Reads action-rules.csv, the decision table of the recommended actions (policy section 6): one row per
 * condition, checked cell by cell against the other tables, so a misspelt code or level is reported at
 * its cell instead of silently never matching.
 */
final class ActionRuleTable {

    static final List<String> COLUMNS = List.of(
            "rule",
            "action",
            "sentence",
            "age",
            "age_from",
            "age_under",
            "level_at_least",
            "level_at_most",
            "pathway",
            "care_status",
            "indicators",
            "indicators_needed",
            "categories",
            "category_kind",
            "tiers",
            "evidence",
            "recency",
            "exploitation",
            "none_of_tiers",
            "overrides",
            "panel_reasons",
            "panel",
            "strategy_meeting",
            "perpetrator",
            "locations",
            "moved",
            "returned_without_interview",
            "because",
            "explanation",
            "guidance");

    private static final List<String> PATHWAYS =
            List.of("IMMEDIATE_SAFEGUARDING", "MSET_PANEL", "PRE_MSET", "SINGLE_AGENCY");
    /** What every row's explanation may name, beside the settings. */
    private static final Set<String> ALWAYS_GIVEN = Set.of("codes", "level", "age", "careStatus", "places");
    /** What only a row about an interview owed after a return may name. */
    private static final Set<String> RETURN_GIVES = Set.of("episodes", "days", "due", "dueState");

    private ActionRuleTable() {}

    /** What the other tables hold that a row may name. */
    record Known(
            Set<String> indicators,
            Set<String> categories,
            Set<String> categoryKinds,
            Set<String> tiers,
            Set<String> actions,
            PolicySettings settings) {}

    static ActionRules read(CsvTable table, Known known, List<PolicyTableException> problems) {
        List<ActionRule> rows = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        RowCells.eachRow(table, problems, cells -> {
            String id = cells.required("rule");
            if (id != null && !ids.add(id)) {
                cells.note(cells.problem("rule", "rule '" + id + "' is given twice"));
            }
            ActionRule rule = rule(cells, known);
            if (cells.clean()) {
                rows.add(rule);
            }
        });
        return new ActionRules(rows);
    }

    /** The row as a rule, or null with the problem of every bad cell noted (then the row stands for nothing). */
    private static ActionRule rule(RowCells cells, Known known) {
        CsvTable.Row row = cells.row();
        String action = cells.required("action");
        if (action != null && !known.actions().contains(action)) {
            cells.note(cells.problem("action", "unknown action '" + action + "' (see " + PolicyFiles.ACTIONS + ")")
                    .dependingOn(PolicyFiles.ACTIONS));
        }
        String pathway = cells.optional("pathway");
        if (pathway != null && !PATHWAYS.contains(pathway)) {
            cells.note(cells.problem(
                    "pathway", "unknown pathway '" + pathway + "'; it is one of " + String.join(", ", PATHWAYS)));
        }
        List<String> indicators =
                cells.read(() -> known(row, "indicators", known.indicators(), "indicator", PolicyFiles.INDICATORS));
        Set<String> categories = cells.read(() ->
                new LinkedHashSet<>(known(row, "categories", known.categories(), "category", PolicyFiles.CATEGORIES)));
        Boolean moved = cells.read(() -> yes(row, "moved"));
        Boolean returned = cells.read(() -> yes(row, "returned_without_interview"));
        String explanation = cells.required("explanation");
        if (explanation != null) {
            cells.check(() -> checkPlaceholders(row, explanation, moved, returned, known.settings()));
        }
        Boolean allIndicators =
                cells.read(() -> choice(row, "indicators_needed", false, Map.of("any", false, "all", true)));
        if (Boolean.TRUE.equals(allIndicators) && indicators != null && indicators.isEmpty()) {
            cells.note(cells.problem("indicators_needed", "'all' needs the indicators column to name the codes"));
        }
        String categoryKind = cells.read(
                () -> choice(row, "category_kind", null, Map.of("exploitation", "exploitation", "missing", "missing")));
        if (categoryKind != null && !known.categoryKinds().contains(categoryKind)) {
            cells.note(cells.problem(
                            "category_kind",
                            "no category of " + PolicyFiles.CATEGORIES + " is of the kind '" + categoryKind
                                    + "', so the row would never hold; give each category its kind there")
                    .dependingOn(PolicyFiles.CATEGORIES));
        }
        boolean anyLocation = "any".equals(cells.optional("locations"));
        ActionRule rule = new ActionRule(
                // Read (and an empty one noted) by read, with the check that no other row has the id.
                cells.optional("rule"),
                action,
                cells.required("sentence"),
                cells.read(() -> choice(
                        row,
                        "age",
                        ActionRule.Age.ANY,
                        Map.of("child", ActionRule.Age.CHILD, "adult", ActionRule.Age.ADULT))),
                cells.read(() -> age(row, "age_from", known.settings())),
                cells.read(() -> age(row, "age_under", known.settings())),
                cells.read(() -> level(row, "level_at_least")),
                cells.read(() -> level(row, "level_at_most")),
                pathway,
                orNone(cells.read(() -> enums(row, "care_status", CareStatus.class))),
                orNone(indicators),
                Boolean.TRUE.equals(allIndicators),
                orNone(categories),
                categoryKind,
                orNone(cells.read(() -> tiers(row, "tiers", known.tiers()))),
                cells.optional("evidence"),
                cells.read(() -> recency(row)),
                Boolean.TRUE.equals(cells.read(() -> yes(row, "exploitation"))),
                orNone(cells.read(() -> tiers(row, "none_of_tiers", known.tiers()))),
                orNone(cells.read(() -> codes(row, "overrides", "OVR_"))),
                orNone(cells.read(() -> codes(row, "panel_reasons", "ADDS_"))),
                Boolean.TRUE.equals(cells.read(() -> choice(row, "panel", false, Map.of("eligible", true)))),
                Boolean.TRUE.equals(cells.read(() -> choice(row, "strategy_meeting", false, Map.of("not held", true)))),
                cells.read(() -> choice(
                        row,
                        "perpetrator",
                        ActionRule.Perpetrator.ANY,
                        Map.of("named", ActionRule.Perpetrator.NAMED, "adult", ActionRule.Perpetrator.ADULT))),
                anyLocation,
                anyLocation ? Set.of() : orNone(cells.read(() -> enums(row, "locations", LocationType.class))),
                Boolean.TRUE.equals(moved),
                Boolean.TRUE.equals(returned),
                words(row, "because"),
                explanation,
                cells.required("guidance"));
        return cells.clean() ? rule : null;
    }

    /** A cell's list as read, or none for one that could not be read (its row then stands for nothing). */
    private static <T> List<T> orNone(List<T> read) {
        return read == null ? List.of() : read;
    }

    private static <T> Set<T> orNone(Set<T> read) {
        return read == null ? Set.of() : read;
    }

    /**
     * Every placeholder of the explanation must be one the rule gives for this row or a setting; checked
     * here, at the cell, so a misspelt {levle} is a table problem, not a failure when a referral matches.
     * A moved or returned_without_interview cell that could not be read (null) is taken as giving its
     * placeholders: its own problem is reported, not again at the explanation.
     */
    private static void checkPlaceholders(
            CsvTable.Row row, String explanation, Boolean moved, Boolean returned, PolicySettings settings) {
        for (String name : Placeholders.in(explanation)) {
            boolean given = ALWAYS_GIVEN.contains(name)
                    || (!Boolean.FALSE.equals(moved) && name.equals("movement"))
                    || (!Boolean.FALSE.equals(returned) && RETURN_GIVES.contains(name))
                    || (PolicySettings.isSetting(name) && (settings == null || settings.value(name) != null));
            if (!given) {
                throw row.problem(
                        "explanation",
                        "uses {" + name + "}, which this row does not give; a row gives {codes}, {level}, {age},"
                                + " {careStatus} and {places}, {movement} when moved is yes, {episodes}, {days},"
                                + " {due} and {dueState} when returned_without_interview is yes, and any setting"
                                + " of " + PolicyFiles.SETTINGS + " by its name");
            }
        }
    }

    private static List<String> words(CsvTable.Row row, String column) {
        String cell = row.optional(column);
        return cell == null ? List.of() : List.copyOf(new LinkedHashSet<>(Arrays.asList(cell.split("[\\s,]+"))));
    }

    private static boolean yes(CsvTable.Row row, String column) {
        return choice(row, column, false, Map.of("yes", true, "no", false));
    }

    private static <T> T choice(CsvTable.Row row, String column, T blank, Map<String, T> choices) {
        String cell = row.optional(column);
        if (cell == null) {
            return blank;
        }
        if (!choices.containsKey(cell)) {
            throw row.problem(
                    column,
                    "'" + cell + "' is not one of: " + String.join(", ", new java.util.TreeSet<>(choices.keySet()))
                            + " (or leave it blank)");
        }
        return choices.get(cell);
    }

    /** CURRENT counts only current indicators; blank or "present" counts any present one. */
    private static Recency recency(CsvTable.Row row) {
        return choice(row, "recency", "present", Map.of("CURRENT", "CURRENT", "present", "present"))
                        .equals("CURRENT")
                ? Recency.CURRENT
                : null;
    }

    private static Integer age(CsvTable.Row row, String column, PolicySettings settings) {
        String setting = row.optional(column);
        if (setting == null) {
            return null;
        }
        if (!setting.endsWith("_years") || !PolicySettings.isSetting(setting)) {
            throw row.problem(
                    column,
                    "'" + setting + "' is not an age setting; name one of " + PolicyFiles.SETTINGS
                            + "'s settings ending _years");
        }
        // Left unbounded while the settings are unreadable: their own problems are reported.
        if (settings == null) {
            return null;
        }
        if (settings.value(setting) == null) {
            throw row.problem(
                    column, "names the setting " + setting + ", which " + PolicyFiles.SETTINGS + " does not give");
        }
        return settings.value(setting);
    }

    private static RiskLevel level(CsvTable.Row row, String column) {
        return row.optional(column) == null ? null : row.enumValue(column, RiskLevel.class);
    }

    private static <E extends Enum<E>> Set<E> enums(CsvTable.Row row, String column, Class<E> type) {
        Set<String> names =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        List<String> unknown = words(row, column).stream()
                .filter(word -> !names.contains(word))
                .toList();
        if (!unknown.isEmpty()) {
            throw row.problem(
                    column,
                    (unknown.size() == 1 ? "unknown value " : "unknown values ") + quoted(unknown) + "; "
                            + (unknown.size() == 1 ? "it" : "each") + " is one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(type.getEnumConstants())
                                            .map(Enum::name)
                                            .toList()));
        }
        Set<E> values = new LinkedHashSet<>();
        words(row, column).forEach(word -> values.add(Enum.valueOf(type, word)));
        return values;
    }

    private static Set<String> tiers(CsvTable.Row row, String column, Set<String> tiers) {
        return new LinkedHashSet<>(known(row, column, tiers, "tier", PolicyFiles.POINTS));
    }

    /**
     * The cell's words, each of which another table must give; those it does not are the cell's problem, all
     * named at once (a policy lead corrects every misspelt code of a cell in one go).
     */
    private static List<String> known(CsvTable.Row row, String column, Set<String> known, String what, String table) {
        List<String> given = words(row, column);
        List<String> unknown =
                given.stream().filter(word -> !known.contains(word)).toList();
        if (!unknown.isEmpty()) {
            String named = unknown.size() == 1 ? what : what.endsWith("y") ? what.replaceAll("y$", "ies") : what + "s";
            throw row.problem(column, "unknown " + named + " " + quoted(unknown) + " (see " + table + ")")
                    .dependingOn(table);
        }
        return given;
    }

    private static List<String> codes(CsvTable.Row row, String column, String prefix) {
        List<String> codes = words(row, column);
        List<String> others =
                codes.stream().filter(code -> !code.startsWith(prefix)).toList();
        if (!others.isEmpty()) {
            throw row.problem(
                    column,
                    quoted(others) + (others.size() == 1 ? " is not a code" : " are not codes")
                            + " of this kind: they start " + prefix);
        }
        return codes;
    }

    /** 'A', 'B' and 'C', as a problem names the words of a cell. */
    private static String quoted(List<String> words) {
        return words.stream().map(word -> "'" + word + "'").collect(Collectors.joining(", "));
    }
}
