package org.msettriage.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A candidate's table may have only the columns something reads: a column added as a condition, or one
 * given twice, was taken without a word and changed nothing (found in a policy lead's trial).
 */
class TableColumnsTest {

    private Map<String, String> tables;

    @BeforeEach
    void packaged() throws IOException {
        tables = PackagedTables.read();
    }

    @Test
    void thePackagedTablesHaveNoColumnThatNothingReads() {
        assertThat(CandidateTableChecks.of(tables)).isEmpty();
        tables.forEach((file, content) -> assertThat(TableColumns.known(file))
                .as(file)
                .containsAll(java.util.List.of(
                        content.lines().findFirst().orElseThrow().split(","))));
    }

    @Test
    void aConditionAddedAsAColumnOfItsOwnIsRefusedAtItsHeaderCell() {
        // The trial: a gender column, FEMALE on one row, and the row still fired for every child.
        withColumn(PolicyFiles.ACTION_RULES, "gender", line -> line == 4 ? "FEMALE" : "");

        assertThat(CandidateTableChecks.of(tables))
                .extracting(PolicyTableException::getMessage)
                .singleElement()
                .satisfies(message -> assertThat(message)
                        .startsWith("action-rules.csv:1:31: the column 'gender' is not one action-rules.csv has,"
                                + " so nothing would read its cells: remove it, or use one of rule, action,")
                        .contains("returned_without_interview, because, explanation, guidance"));
        // A ruleset kept with such a column before the check was written still loads.
        assertThat(Policy.read(tables).actionRules()).isPresent();
    }

    @Test
    void aSlipForAColumnATableMayHaveIsNamedWithTheColumnMeant() {
        withColumn(PolicyFiles.TIMESCALES, "meanings", line -> "");
        tables.put(
                PolicyFiles.TIMESCALES,
                tables.get(PolicyFiles.TIMESCALES).replaceFirst("meaning,meanings", "mean ing,meanings"));

        assertThat(CandidateTableChecks.of(tables))
                .extracting(PolicyTableException::getMessage)
                .containsExactly(
                        "timescales.csv:1:3: the column 'mean ing' is not one timescales.csv has, so nothing would read"
                                + " its cells; did you mean 'meaning'?",
                        "timescales.csv:1:4: the column 'meanings' is not one timescales.csv has, so nothing would read"
                                + " its cells; did you mean 'meaning'?");
    }

    @Test
    void aColumnGivenTwiceIsRefusedAtTheSecond() {
        // The trial: the later level_at_least was read, and every row lost its own condition.
        withColumn(PolicyFiles.ACTION_RULES, "level_at_least", line -> line == 2 ? "SIGNIFICANT" : "");

        assertThat(CandidateTableChecks.of(tables))
                .extracting(PolicyTableException::getMessage)
                .singleElement()
                .isEqualTo("action-rules.csv:1:31: column 'level_at_least' is given twice (columns 7 and 31), and"
                        + " only this one's cells would be read: give each column once");
    }

    @Test
    void aMisspeltColumnATableMustHaveIsOneProblemAtTheSlip() {
        tables.put(PolicyFiles.ACTIONS, tables.get(PolicyFiles.ACTIONS).replaceFirst("lead_agency", "lead_agncy"));

        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).problems())
                        .extracting(PolicyTableException::getMessage)
                        .singleElement()
                        .satisfies(message -> assertThat(message)
                                .startsWith("actions.csv:1:2: the header has no column 'lead_agency'; did you mean"
                                        + " 'lead_agncy' (column 2)?")));
        assertThat(CandidateTableChecks.of(tables)).isEmpty();
    }

    @Test
    void anEmptyColumnWithNoNameIsLetBeAndOneWithValuesIsNot() {
        withColumn(PolicyFiles.POINTS, "", line -> "");
        assertThat(CandidateTableChecks.of(tables)).isEmpty();

        withColumn(PolicyFiles.TIERS, "", line -> line == 3 ? "a note" : "");
        assertThat(CandidateTableChecks.of(tables))
                .extracting(PolicyTableException::getMessage)
                .containsExactly("tiers.csv:1:4: this column has values but no name: name it, or remove it");
    }

    /** The table with a last column of that name, the cell of each row (by its line, 2 the first) given. */
    private void withColumn(String file, String name, IntFunction<String> cellAtLine) {
        StringBuilder edited = new StringBuilder();
        int line = 1;
        for (String text : tables.get(file).split("\n", -1)) {
            if (text.isEmpty()) {
                edited.append(text);
            } else {
                edited.append(text)
                        .append(',')
                        .append(line == 1 ? name : cellAtLine.apply(line))
                        .append('\n');
            }
            line++;
        }
        tables.put(file, edited.toString());
    }
}
