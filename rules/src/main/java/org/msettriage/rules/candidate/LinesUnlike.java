package org.msettriage.rules.candidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.policy.CsvTable;
import org.msettriage.rules.policy.PolicyTableException;

/**
 * How many lines two rulesets differ by, over every file but ruleset.properties (whose version always
 * differs). A line one file has in place of another's is one line that differs, not one removed and
 * one added: a lead who changed one cell reads "1 line differs". A table is compared row by row by its
 * cells' values as the rules read them (trimmed, with the reader's quoting and line endings), so that a
 * table a spreadsheet wrote again with the same values (every cell quoted, CRLF, an empty column after
 * the table) differs by no line.
 */
final class LinesUnlike {

    private LinesUnlike() {}

    static int count(List<RulesetFile> a, List<RulesetFile> b) {
        Map<String, String> left = byName(a);
        Map<String, String> right = byName(b);
        Set<String> names = new TreeSet<>(left.keySet());
        names.addAll(right.keySet());
        int unlike = 0;
        for (String name : names) {
            unlike += inFile(lines(name, left.getOrDefault(name, "")), lines(name, right.getOrDefault(name, "")));
        }
        return unlike;
    }

    /** The lines one side has that the other does not, counting repeats, a removed and an added line as one. */
    private static int inFile(List<List<String>> left, List<List<String>> right) {
        Map<List<String>, Integer> counts = new HashMap<>();
        left.forEach(line -> counts.merge(line, 1, Integer::sum));
        right.forEach(line -> counts.merge(line, -1, Integer::sum));
        int onlyLeft = counts.values().stream()
                .filter(n -> n > 0)
                .mapToInt(Integer::intValue)
                .sum();
        int onlyRight =
                counts.values().stream().filter(n -> n < 0).mapToInt(n -> -n).sum();
        return Math.max(onlyLeft, onlyRight);
    }

    /** Whether a file reads the same in both (a table: the same rows of values); a missing file is unlike any. */
    static boolean same(String name, String left, String right) {
        return left != null && right != null && inFile(lines(name, left), lines(name, right)) == 0;
    }

    /**
     * A file's lines as compared: a table's header and rows as the cells read, without the empty cells
     * that end them; any other file's lines (or a table's that cannot be read, or holds no row) stripped.
     */
    private static List<List<String>> lines(String name, String content) {
        if (name.endsWith(".csv")) {
            try {
                CsvTable table = CsvTable.parse(name, content, List.of());
                if (!table.rows().isEmpty()) {
                    List<List<String>> rows = new ArrayList<>();
                    rows.add(cells(table.header()));
                    table.cells().forEach(row -> rows.add(cells(row)));
                    return rows;
                }
            } catch (PolicyTableException unreadable) {
                // Its own problem says so; its lines still say how far it is from another ruleset.
            }
        }
        return content.lines().map(line -> List.of(line.strip())).toList();
    }

    private static List<String> cells(List<String> row) {
        List<String> cells = new ArrayList<>(row.stream().map(String::strip).toList());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** "1 line differs", "3 lines differ". */
    static String said(int lines) {
        return lines + (lines == 1 ? " line differs" : " lines differ");
    }

    static Map<String, String> byName(List<RulesetFile> files) {
        return files.stream()
                .filter(f -> !f.isProperties())
                .collect(Collectors.toMap(RulesetFile::name, RulesetFile::content, (x, y) -> x));
    }
}
