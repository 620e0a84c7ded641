package org.msettriage.rules.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The columns of each policy table: those a table must have, and those it may have besides (read when
 * given, or saying what a row means). A column outside both is read by nothing, so a candidate that has
 * one is refused ({@link CandidateTableChecks}): a condition added to action-rules.csv as a column of its
 * own would otherwise change nothing without a word.
 */
final class TableColumns {

    private record Columns(List<String> required, List<String> optional) {}

    private static final Map<String, Columns> BY_FILE = Map.ofEntries(
            Map.entry(
                    PolicyFiles.INDICATORS,
                    new Columns(List.of("code", "category", "tier", "evidence", "title"), List.of())),
            Map.entry(
                    PolicyFiles.CATEGORIES,
                    new Columns(List.of("category", "title", "exploitation_type", "concern"), List.of("kind"))),
            Map.entry(PolicyFiles.POINTS, new Columns(List.of("tier", "CURRENT", "RECENT", "HISTORIC"), List.of())),
            Map.entry(
                    PolicyFiles.SCORE_BANDS,
                    new Columns(List.of("level", "min_score", "max_score", "legacy_level"), List.of())),
            Map.entry(
                    PolicyFiles.OVERRIDE_LEVELS, new Columns(List.of("code", "level", "summary"), List.of("meaning"))),
            Map.entry(PolicyFiles.SETTINGS, new Columns(List.of("name", "value"), List.of("meaning"))),
            Map.entry(
                    PolicyFiles.ACTIONS,
                    new Columns(List.of("code", "lead_agency", "timescale", "title", "legal_basis"), List.of())),
            Map.entry(PolicyFiles.TIMESCALES, new Columns(List.of("timescale", "hours"), List.of("meaning"))),
            Map.entry(PolicyFiles.TIERS, new Columns(List.of("tier", "name", "meaning"), List.of())),
            Map.entry(PolicyFiles.ACTION_RULES, new Columns(ActionRuleTable.COLUMNS, List.of())),
            Map.entry(PolicyFiles.LINK_STOP_WORDS, new Columns(List.of("words"), List.of())));

    private TableColumns() {}

    /** The columns the table must have. */
    static List<String> required(String file) {
        return columns(file).required();
    }

    /** Every column the table may have, those it must have first; none for a file that is not a table. */
    static List<String> known(String file) {
        Columns columns = BY_FILE.get(file);
        return columns == null
                ? List.of()
                : Stream.concat(columns.required().stream(), columns.optional().stream())
                        .toList();
    }

    private static Columns columns(String file) {
        Columns columns = BY_FILE.get(file);
        if (columns == null) {
            throw new IllegalArgumentException("not a policy table: " + file);
        }
        return columns;
    }
}
