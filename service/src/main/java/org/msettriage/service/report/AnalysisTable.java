package org.msettriage.service.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One table of the analysts' dashboard exactly as shown: its cells are the words and figures on the page
 * (a withheld count is the word "withheld"), so the page, its chart and its CSV download read the same
 * cells. {@code chart}: "bar" or "stacked" (null: no chart), drawn from the columns {@code series}.
 */
record AnalysisTable(
        String id,
        String title,
        String chart,
        List<Integer> series,
        List<String> headers,
        List<Row> rows,
        List<String> notes) {

    static final String WITHHELD = "withheld";

    /** A row of cells; a total row is left out of the chart. */
    record Row(List<String> cells, boolean total) {}

    /** The table as CSV (RFC 4180): the headers, then every row, cell for cell. */
    String csv() {
        StringBuilder csv = new StringBuilder(line(headers));
        rows.forEach(row -> csv.append(line(row.cells())));
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream()
                        .map(cell -> cell.matches(".*[\",\\r\\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell)
                        .collect(Collectors.joining(","))
                + "\r\n";
    }
}
