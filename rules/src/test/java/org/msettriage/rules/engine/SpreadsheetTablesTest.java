package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.Candidates;
import org.msettriage.rules.candidate.RulesetValidation;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.policy.CsvTable;
import org.msettriage.rules.scenario.Scenario;

/** Policy tables kept as spreadsheets: written, read back, validated, and their problems placed in cells. */
class SpreadsheetTablesTest {

    private static final List<RulesetFile> PACKAGED = RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);

    @Test
    void everyPackagedTableReadsBackFromItsSpreadsheetWithTheSameRows() {
        for (RulesetFile table : PACKAGED.stream().filter(RulesetFile::isTable).toList()) {
            String workbook = table.name().replace(".csv", ".xlsx");

            RulesetFile read = SpreadsheetTables.read(workbook, SpreadsheetTables.write(table));

            assertThat(read.name()).isEqualTo(table.name());
            assertThat(read.origin())
                    .isEqualTo(new RulesetFile.Origin(workbook, table.name().replace(".csv", "")));
            assertThat(rows(read)).as(table.name()).isEqualTo(rows(table));
        }
    }

    @Test
    void aRulesetDownloadedWithSpreadsheetsValidatesAsItIs() {
        byte[] zip = RulesetFiles.toZipWithSpreadsheets("2026.12.2", PACKAGED);

        List<RulesetFile> files = RulesetFiles.fromZip(new ByteArrayInputStream(zip));
        RulesetValidation validation =
                RulesetValidator.validate(files, Scenario.readFolder(scenarios()), Candidates::engine);

        assertThat(files).filteredOn(f -> f.origin() != null).hasSize((int)
                PACKAGED.stream().filter(RulesetFile::isTable).count());
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.passed()).isTrue();
    }

    @Test
    void aProblemInASpreadsheetNamesTheWorkbookTheSheetTheRowAndTheColumn() {
        List<RulesetFile> files =
                withOneSpreadsheet("score-bands.csv", csv -> csv.replace("MODERATE,13,24", "MODERATE,11,24"));

        RulesetValidation validation = RulesetValidator.validate(files, List.of());

        assertThat(validation.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("score-bands.xlsx");
            assertThat(problem.message())
                    .startsWith("sheet 'score-bands', row 4, column B: overlaps the band above it");
        });
    }

    @Test
    void everyBadCellOfASpreadsheetRowIsNamedByItsOwnColumnLetter() {
        List<RulesetFile> files =
                withOneSpreadsheet("score-bands.csv", csv -> csv.replace("EMERGING,6,12,LOW", "EMERGING,7,12,LWO"));

        RulesetValidation validation = RulesetValidator.validate(files, List.of());

        assertThat(validation.problems())
                .allSatisfy(problem -> assertThat(problem.file()).isEqualTo("score-bands.xlsx"))
                .extracting(RulesetProblem::message)
                .containsExactly(
                        "sheet 'score-bands', row 3, column B: leaves a gap: no band covers scores 6 to 6; expected"
                                + " this band to start at 6",
                        "sheet 'score-bands', row 3, column D: column 'legacy_level' has an unknown value: LWO;"
                                + " expected one of LOW, MEDIUM, HIGH");
    }

    @Test
    void aWarningAboutASpreadsheetNamesTheWorkbookTheSheetAndTheRow() {
        List<RulesetFile> files = withOneSpreadsheet(
                "override-levels.csv",
                csv -> csv.replace("in the last {current_window_days} days", "in the last three months"));

        RulesetValidation validation = RulesetValidator.validate(files, List.of(), Candidates::engine);

        assertThat(validation.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).isEqualTo("override-levels.xlsx");
            assertThat(warning.line()).isPositive();
            assertThat(warning.message())
                    .startsWith("sheet 'override-levels', row " + warning.line() + ": summary: \"three months\"");
        });
    }

    /** The packaged ruleset with one table edited and given as a workbook of the same name. */
    private static List<RulesetFile> withOneSpreadsheet(String table, UnaryOperator<String> edit) {
        return PACKAGED.stream()
                .map(f -> f.name().equals(table)
                        ? SpreadsheetTables.read(
                                table.replace(".csv", ".xlsx"),
                                SpreadsheetTables.write(new RulesetFile(f.name(), edit.apply(f.content()))))
                        : f)
                .toList();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedByName() {
        assertThatThrownBy(() -> SpreadsheetTables.read("points.xlsx", "code,tier\n".getBytes()))
                .isInstanceOfSatisfying(
                        RulesetException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("points.xlsx");
                            assertThat(p.message()).contains("not a workbook");
                        }));
    }

    private static List<java.util.Map<String, String>> rows(RulesetFile table) {
        return CsvTable.parse(table.name(), table.content(), List.of()).rows().stream()
                .map(CsvTable.Row::values)
                .toList();
    }

    private static java.nio.file.Path scenarios() {
        return java.nio.file.Path.of(System.getProperty("test-data.dir", "../test-data"), "scenarios");
    }
}
