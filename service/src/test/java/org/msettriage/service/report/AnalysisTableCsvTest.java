package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CSV download's cells open in a spreadsheet as the page shows them: quoted where RFC 4180 needs it,
 * and never run as a formula (a security trial named a rule "=cmd|' /C calc'!A0 ...", which the panel
 * unmet table's first column carried into the analyst's spreadsheet as a live formula).
 */
class AnalysisTableCsvTest {

    @Test
    void aCellThatWouldRunAsAFormulaIsKeptAsText() {
        assertThat(AnalysisTable.cell("=cmd|' /C calc'!A0 The panel considers"))
                .isEqualTo("'=cmd|' /C calc'!A0 The panel considers");
        assertThat(AnalysisTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AnalysisTable.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(AnalysisTable.cell("-2+3,x")).isEqualTo("\"'-2+3,x\"");
        assertThat(AnalysisTable.cell("\tx")).isEqualTo("'\tx");
    }

    @Test
    void aCellHoldingASemicolonStaysOneCellWhereSemicolonsSeparate() {
        // A security trial: unquoted, a European-locale spreadsheet read the part after ";" as a formula.
        assertThat(AnalysisTable.cell("Panel cannot add value;=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"Panel cannot add value;=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    @Test
    void wordsAndNumbersAreWrittenAsTheyAre() {
        assertThat(AnalysisTable.cell("12")).isEqualTo("12");
        assertThat(AnalysisTable.cell("-3")).isEqualTo("-3");
        assertThat(AnalysisTable.cell("+4.5%")).isEqualTo("+4.5%");
        assertThat(AnalysisTable.cell("withheld")).isEqualTo("withheld");
        assertThat(AnalysisTable.cell("Gateshead, and \"others\"")).isEqualTo("\"Gateshead, and \"\"others\"\"\"");
    }

    @Test
    void aCellOfSeveralLinesIsQuotedWhole() {
        AnalysisTable table = new AnalysisTable(
                "t",
                "T",
                null,
                List.of(),
                List.of("a"),
                List.of(new AnalysisTable.Row(List.of("x\ny\nz"), false)),
                List.of());

        assertThat(table.csv()).isEqualTo("a\r\n\"x\ny\nz\"\r\n");
    }
}
