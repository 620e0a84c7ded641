package org.msettriage.rules.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the policy tables: a header row, then one record a line, with quoted
 * fields for commas. Each row keeps its line number so that a problem can be reported where it is.
 */
public final class CsvTable {

    private final String fileName;
    private final List<Row> rows;

    private CsvTable(String fileName, List<Row> rows) {
        this.fileName = fileName;
        this.rows = rows;
    }

    /**
     * One data row: its values by column name, the header's column names in order, and the line it
     * stands on (1 is the header).
     */
    public record Row(String fileName, int line, Map<String, String> values, List<String> header) {

        /** The trimmed value of a column, or an error naming the file, line and column if it is empty. */
        public String required(String column) {
            String value = values.get(column);
            if (value == null || value.isBlank()) {
                throw problem(column, "column '" + column + "' is empty");
            }
            return value.trim();
        }

        /** A problem with one cell of this row, positioned at its line and (1-based) column. */
        public PolicyTableException problem(String column, String message) {
            return new PolicyTableException(fileName, line, header.indexOf(column) + 1, message);
        }

        /** The trimmed value of a column, or null when it is empty. */
        public String optional(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }

        public int integer(String column) {
            String value = required(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw problem(column, "column '" + column + "' is not a whole number: " + value);
            }
        }

        public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = required(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw problem(
                        column,
                        "column '" + column + "' has an unknown value: " + value + "; expected one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(type.getEnumConstants())
                                                .map(Enum::name)
                                                .toList()));
            }
        }
    }

    public static CsvTable parse(String fileName, String content, List<String> requiredColumns) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        readRecords(fileName, content, records, lines);
        if (records.isEmpty()) {
            throw new PolicyTableException(fileName, 1, "the table has no header row");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw missingColumn(fileName, column, header, requiredColumns);
            }
        }
        List<PolicyTableException> wrongWidth = wrongWidth(fileName, records, lines);
        if (!wrongWidth.isEmpty()) {
            throw wrongWidth.get(0);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (blank(record)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), record.get(c));
            }
            rows.add(new Row(fileName, lines.get(i), values, header));
        }
        return new CsvTable(fileName, rows);
    }

    /**
     * A column the table must have and its header lacks: at the header's column that looks like a slip for
     * it ('lead_agncy' for 'lead_agency'), if one does, so the lead is shown what to correct.
     */
    private static PolicyTableException missingColumn(
            String fileName, String column, List<String> header, List<String> requiredColumns) {
        List<String> others =
                header.stream().filter(name -> !requiredColumns.contains(name)).toList();
        return EditDistance.nearest(column, others)
                .map(slip -> new PolicyTableException(
                        fileName,
                        1,
                        header.indexOf(slip) + 1,
                        "the header has no column '" + column + "'; did you mean '" + slip + "' (column "
                                + (header.indexOf(slip) + 1) + ")?"))
                .orElseGet(() -> new PolicyTableException(fileName, 1, "the header has no column '" + column + "'"));
    }

    /** A row left empty: skipped, as a trailing line is. */
    private static boolean blank(List<String> record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /** Each row, blank ones aside, whose number of cells is not the header's, in the table's order. */
    private static List<PolicyTableException> wrongWidth(
            String fileName, List<List<String>> records, List<Integer> lines) {
        List<PolicyTableException> problems = new ArrayList<>();
        int expected = records.get(0).size();
        for (int i = 1; i < records.size(); i++) {
            int found = records.get(i).size();
            if (!blank(records.get(i)) && found != expected) {
                problems.add(new PolicyTableException(
                        fileName,
                        lines.get(i),
                        "expected " + expected + " fields but found " + found
                                + (found > expected
                                        ? "; a cell holding a comma must be in quotes (\"one, two\")"
                                        : "")));
            }
        }
        return problems;
    }

    /**
     * The rows after the first whose number of cells is not the header's. Reading the table stops at the
     * first such row (its own problem), so a policy lead who left commas unquoted in several rows was told
     * of one a check. Empty when the table cannot be read at all, or no row but the first is wrong.
     */
    public static List<PolicyTableException> fieldCountSlips(String fileName, String content) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try {
            readRecords(fileName, content, records, lines);
        } catch (PolicyTableException unreadable) {
            return List.of();
        }
        List<PolicyTableException> slips = records.isEmpty() ? List.of() : wrongWidth(fileName, records, lines);
        return slips.size() < 2 ? List.of() : List.copyOf(slips.subList(1, slips.size()));
    }

    /** A table with no rows, standing in for one that could not be read. */
    static CsvTable empty(String fileName) {
        return new CsvTable(fileName, List.of());
    }

    public String fileName() {
        return fileName;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The header's columns, or none for a table without rows. */
    public List<String> header() {
        return rows.isEmpty() ? List.of() : rows.get(0).header();
    }

    /** Each row's cells in the header's order, a missing cell as "": the table as a grid to show or copy. */
    public List<List<String>> cells() {
        List<String> header = header();
        return rows.stream()
                .map(row -> header.stream()
                        .map(column -> row.values().getOrDefault(column, ""))
                        .toList())
                .toList();
    }

    /**
     * Quotes a candidate's table misplaces, which the reader above takes leniently (so that a ruleset kept
     * with one still loads): a quote in the middle of a cell that does not begin with one, and a quoted
     * cell that goes on after its closing quote ('"an "older" adult"'). Either way the quotes vanished
     * from the cell ('an older adult') without a word. Empty when there is none, or when the table cannot
     * be read at all (its own problem says so).
     */
    public static List<PolicyTableException> quoteSlips(String fileName, String content) {
        List<PolicyTableException> slips = new ArrayList<>();
        try {
            readRecords(fileName, content, new ArrayList<>(), new ArrayList<>(), slips);
        } catch (PolicyTableException unreadable) {
            return List.of();
        }
        // One problem a cell: a quote mid-cell is read as opening a quoted part that then goes on too.
        java.util.Map<String, PolicyTableException> byCell = new java.util.LinkedHashMap<>();
        slips.forEach(slip -> byCell.putIfAbsent(slip.line() + ":" + slip.column(), slip));
        return List.copyOf(byCell.values());
    }

    private static void readRecords(String fileName, String content, List<List<String>> records, List<Integer> lines) {
        readRecords(fileName, content, records, lines, new ArrayList<>());
    }

    private static void readRecords(
            String fileName,
            String content,
            List<List<String>> records,
            List<Integer> lines,
            List<PolicyTableException> slips) {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        // Whether the cell being read began with a quote: only such a cell may hold quoted text.
        boolean startedQuoted = false;
        int line = 1;
        int recordLine = 1;
        // Where the last quote opened (line, and cell from 1), and the first quoted field to run on past its
        // line: a quote left open pairs with the next one, so the field that first ran on is where a lead
        // finds the slip; with none, the last quote opened is.
        int quoteLine = 1;
        int quoteCell = 1;
        int[] ranOn = null;
        for (int i = 0; i < content.length(); i++) {
            char ch = content.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                    char next = i + 1 < content.length() ? content.charAt(i + 1) : ',';
                    if (next != ',' && next != '\n' && next != '\r' && ranOn == null) {
                        slips.add(new PolicyTableException(
                                fileName,
                                quoteLine,
                                quoteCell,
                                "the quoted cell goes on after its closing quote: write each quote inside a quoted"
                                        + " cell twice (\"an \"\"older\"\" adult\")"));
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                        if (ranOn == null) {
                            ranOn = new int[] {quoteLine, quoteCell};
                        }
                    }
                    field.append(ch);
                }
            } else if (ch == '"') {
                if (!startedQuoted && !field.toString().isBlank() && ranOn == null) {
                    slips.add(new PolicyTableException(
                            fileName,
                            line,
                            record.size() + 1,
                            "a quote inside a cell that does not begin with one: put the whole cell in quotes and"
                                    + " write each quote inside it twice (\"an \"\"older\"\" adult\")"));
                }
                quoted = true;
                startedQuoted = true;
                quoteLine = line;
                quoteCell = record.size() + 1;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                startedQuoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                startedQuoted = false;
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            int[] at = ranOn != null ? ranOn : new int[] {quoteLine, quoteCell};
            throw new PolicyTableException(fileName, at[0], at[1], "a quoted field is not closed");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
