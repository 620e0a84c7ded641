package org.msettriage.service.report;

import java.util.List;
import java.util.regex.Pattern;
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

    /** What a spreadsheet would run as a formula: a cell beginning so, unless it is a signed number. */
    private static final Pattern FORMULA = Pattern.compile("^(?:[=@\\t\\r]|[+\\-](?!\\d+(\\.\\d+)?%?$))");

    /** Quoted for a semicolon too: a spreadsheet set to a European locale splits a CSV file on it. */
    private static final Pattern QUOTED = Pattern.compile("[\",;\\r\\n]");

    /** A row of cells; a total row is left out of the chart. */
    record Row(List<String> cells, boolean total) {}

    /**
     * Whether a count the chart would draw is withheld: the chart leaves it out as a gap, and a chart of
     * nothing but withheld counts and 0s looked like a chart of 0s (an analyst's trial), so the page says so.
     */
    public boolean chartLeavesOutWithheld() {
        return chart != null
                && rows.stream()
                        .filter(row -> !row.total())
                        .anyMatch(row -> series.stream()
                                .anyMatch(column -> WITHHELD.equals(row.cells().get(column))));
    }

    /** The table as CSV (RFC 4180): the headers, then every row, cell for cell. */
    String csv() {
        StringBuilder csv = new StringBuilder(line(headers));
        rows.forEach(row -> csv.append(line(row.cells())));
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(AnalysisTable::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * A cell as CSV: quoted when it holds a quote, comma, semicolon or line break (unquoted, "x;=HYPERLINK(..)"
     * would be two cells, the second a formula, where ";" separates). One a spreadsheet would run as a
     * formula (a rule's name beginning "=", which a security trial passed through two policy leads) is
     * kept as text by a leading apostrophe, as OWASP's advice on CSV injection has it.
     */
    static String cell(String words) {
        String text = FORMULA.matcher(words).find() ? "'" + words : words;
        return QUOTED.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
