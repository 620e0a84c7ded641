package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed in one policy table from one ruleset to the next, cell by cell. Rows are matched by their
 * first column (a code, a tier, a level) when it names each row once in both versions; otherwise by their
 * whole content, so that a changed row reads as one removed and one added. Columns are matched by name.
 */
record TableChanges(
        String file,
        boolean added,
        boolean removed,
        List<String> columnsAdded,
        List<String> columnsRemoved,
        List<Row> rows) {

    /** What happened to a row. */
    enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One cell that changed: its column, and the text before and after. */
    record Cell(String column, String before, String after) {}

    /** A row added or removed (with its cells, column by column) or changed (with the cells that changed). */
    record Row(Kind kind, String key, List<Cell> cells) {}

    public boolean unchanged() {
        return !added && !removed && columnsAdded.isEmpty() && columnsRemoved.isEmpty() && rows.isEmpty();
    }

    /** The changes from {@code before} to {@code after}; either may be null, for a table new or gone. */
    static TableChanges between(String file, RuleTables before, RuleTables after) {
        List<String> oldHeader = before == null ? List.of() : before.header();
        List<String> newHeader = after == null ? List.of() : after.header();
        List<List<String>> oldRows = before == null ? List.of() : before.rows();
        List<List<String>> newRows = after == null ? List.of() : after.rows();
        List<String> columnsAdded =
                newHeader.stream().filter(c -> !oldHeader.contains(c)).toList();
        List<String> columnsRemoved =
                oldHeader.stream().filter(c -> !newHeader.contains(c)).toList();
        List<Row> rows = keyedByFirstColumn(oldRows) && keyedByFirstColumn(newRows)
                ? byKey(oldHeader, oldRows, newHeader, newRows)
                : byContent(oldHeader, oldRows, newHeader, newRows);
        return new TableChanges(file, before == null, after == null, columnsAdded, columnsRemoved, rows);
    }

    private static List<Row> byKey(
            List<String> oldHeader, List<List<String>> oldRows, List<String> newHeader, List<List<String>> newRows) {
        Map<String, Map<String, String>> before = keyed(oldHeader, oldRows);
        Map<String, Map<String, String>> after = keyed(newHeader, newRows);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> row : before.entrySet()) {
            Map<String, String> now = after.get(row.getKey());
            if (now == null) {
                rows.add(new Row(Kind.REMOVED, row.getKey(), cells(row.getValue(), true)));
                continue;
            }
            List<Cell> changed = new ArrayList<>();
            Set<String> columns = new java.util.LinkedHashSet<>(row.getValue().keySet());
            columns.addAll(now.keySet());
            for (String column : columns) {
                String was = row.getValue().getOrDefault(column, "");
                String is = now.getOrDefault(column, "");
                if (!Objects.equals(was, is)) {
                    changed.add(new Cell(column, was, is));
                }
            }
            if (!changed.isEmpty()) {
                rows.add(new Row(Kind.CHANGED, row.getKey(), changed));
            }
        }
        after.forEach((key, cells) -> {
            if (!before.containsKey(key)) {
                rows.add(new Row(Kind.ADDED, key, cells(cells, false)));
            }
        });
        return rows;
    }

    private static List<Row> byContent(
            List<String> oldHeader, List<List<String>> oldRows, List<String> newHeader, List<List<String>> newRows) {
        List<Map<String, String>> before = new ArrayList<>(named(oldHeader, oldRows));
        List<Map<String, String>> after = new ArrayList<>(named(newHeader, newRows));
        List<Map<String, String>> removed = new ArrayList<>(before);
        after.forEach(removed::remove);
        List<Map<String, String>> added = new ArrayList<>(after);
        before.forEach(added::remove);
        List<Row> rows = new ArrayList<>();
        removed.forEach(row -> rows.add(new Row(Kind.REMOVED, firstValue(row), cells(row, true))));
        added.forEach(row -> rows.add(new Row(Kind.ADDED, firstValue(row), cells(row, false))));
        return rows;
    }

    private static boolean keyedByFirstColumn(List<List<String>> rows) {
        Set<String> keys = new HashSet<>();
        return rows.stream().allMatch(row -> !row.isEmpty() && !row.get(0).isBlank() && keys.add(row.get(0)));
    }

    private static Map<String, Map<String, String>> keyed(List<String> header, List<List<String>> rows) {
        Map<String, Map<String, String>> keyed = new LinkedHashMap<>();
        named(header, rows).forEach(row -> keyed.put(firstValue(row), row));
        return keyed;
    }

    private static List<Map<String, String>> named(List<String> header, List<List<String>> rows) {
        return rows.stream()
                .map(row -> {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        cells.put(header.get(i), i < row.size() ? row.get(i) : "");
                    }
                    return cells;
                })
                .toList();
    }

    private static String firstValue(Map<String, String> row) {
        return row.values().stream().findFirst().orElse("");
    }

    private static List<Cell> cells(Map<String, String> row, boolean removed) {
        return row.entrySet().stream()
                .filter(cell -> !cell.getValue().isEmpty())
                .map(cell -> removed
                        ? new Cell(cell.getKey(), cell.getValue(), null)
                        : new Cell(cell.getKey(), null, cell.getValue()))
                .toList();
    }
}
