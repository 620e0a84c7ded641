package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.policy.CsvTable;

/** How many lines two rulesets differ by, as the old-copy warning says it. */
class LinesUnlikeTest {

    @Test
    void aChangedLineIsOneLineThatDiffersNotOneRemovedAndOneAdded() {
        List<RulesetFile> a = List.of(new RulesetFile("t.drl", "x\ny\nz\n"));
        List<RulesetFile> b = List.of(new RulesetFile("t.drl", "x\nY\nz\n"));

        assertThat(LinesUnlike.count(a, b)).isEqualTo(1);
        assertThat(LinesUnlike.said(LinesUnlike.count(a, b))).isEqualTo("1 line differs");
    }

    @Test
    void addedAndRemovedLinesCountEachAndRepeatsCount() {
        List<RulesetFile> a =
                List.of(new RulesetFile("t.drl", "x\ny\ny\n"), new RulesetFile("ruleset.properties", "1"));
        List<RulesetFile> b =
                List.of(new RulesetFile("t.drl", "x\ny\nz\nw\n"), new RulesetFile("u.drl", "rule\nend\n"));

        // In t.drl one y became z and w was added; u.drl's two lines are added; the version is not compared.
        assertThat(LinesUnlike.count(a, b)).isEqualTo(4);
        assertThat(LinesUnlike.count(b, a)).isEqualTo(4);
        assertThat(LinesUnlike.count(a, a)).isZero();
        assertThat(LinesUnlike.said(4)).isEqualTo("4 lines differ");
    }

    @Test
    void aTableASpreadsheetWroteAgainWithTheSameValuesDiffersByNoLine() {
        List<RulesetFile> packaged = Candidates.packaged();
        // A spreadsheet's round trip: every cell quoted, CRLF line endings, and an empty column after the table.
        List<RulesetFile> rewritten = Candidates.edited("indicators.csv", LinesUnlikeTest::writtenBySpreadsheet);

        assertThat(rewritten).isNotEqualTo(packaged);
        assertThat(LinesUnlike.count(packaged, rewritten)).isZero();
    }

    @Test
    void aCellChangedInATableASpreadsheetWroteAgainIsOneLine() {
        List<RulesetFile> packaged = Candidates.packaged();
        List<RulesetFile> rewritten =
                Candidates.edited("points.csv", csv -> writtenBySpreadsheet(csv.replace("V,1,1,1", "V,2,1,1")));

        assertThat(LinesUnlike.count(packaged, rewritten)).isEqualTo(1);
    }

    @Test
    void aTableThatCannotBeReadIsComparedByItsLines() {
        List<RulesetFile> a = List.of(new RulesetFile("t.csv", "code,title\nA,\"open\n"));
        List<RulesetFile> b = List.of(new RulesetFile("t.csv", "code,title\nA,\"open\nB,x\n"));

        assertThat(LinesUnlike.count(a, b)).isEqualTo(1);
    }

    private static String writtenBySpreadsheet(String csv) {
        CsvTable table = CsvTable.parse("t.csv", csv, List.of());
        StringBuilder written = new StringBuilder(row(table.header()));
        table.cells().forEach(cells -> written.append(row(cells)));
        return written.toString();
    }

    private static String row(List<String> cells) {
        StringBuilder row = new StringBuilder();
        cells.forEach(cell -> row.append('"').append(cell.replace("\"", "\"\"")).append("\","));
        return row.append("\r\n").toString();
    }
}
