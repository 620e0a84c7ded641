package org.msettriage.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A table that cannot be read (an unclosed quote, or a file left out) is one problem, not one for every
 * row of another table that names its codes: an unclosed quote in categories.csv gave 67.
 */
class UnreadableTableTest {

    Map<String, String> tables;

    @BeforeEach
    void readPackagedTables() throws IOException {
        tables = PackagedTables.read();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "categories.csv",
                "settings.csv",
                "indicators.csv",
                "points.csv",
                "tiers.csv",
                "score-bands.csv",
                "override-levels.csv",
                "timescales.csv",
                "actions.csv",
                "action-rules.csv"
            })
    void anUnclosedQuoteIsTheOneProblemReported(String file) {
        String[] lines = tables.get(file).split("\n", -1);
        lines[1] = lines[1].replaceFirst(",", ",\"");
        tables.put(file, String.join("\n", lines));

        List<PolicyTableException> problems = problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.fileName()).isEqualTo(file);
            // At the line of the slip, whichever quote of it the parser found running on (action-rules.csv's
            // second row quotes a later cell of its own, which pairs with the stray one).
            assertThat(problem.line()).as("the line of the stray quote").isEqualTo(2);
            assertThat(problem.column()).isPositive();
            assertThat(problem.problem())
                    .isEqualTo("a quoted field is not closed; nothing that depends on this file was checked");
        });
    }

    @Test
    void aQuoteInsideACellThatDoesNotBeginWithOneIsPlacedAndExplained() {
        // Found by a policy lead: 'with an "older" adult' was read as 'with an older adult', without a word.
        String indicators = tables.get(PolicyFiles.INDICATORS)
                .replaceFirst("(?m)^(CSE02,CSE,S,RISK,)(.*)$", "$1Seen with an \"older\" adult");

        assertThat(CsvTable.quoteSlips(PolicyFiles.INDICATORS, indicators))
                .singleElement()
                .satisfies(slip -> {
                    assertThat(slip.line()).isEqualTo(3);
                    assertThat(slip.column()).isEqualTo(5);
                    assertThat(slip.problem())
                            .startsWith(
                                    "a quote inside a cell that does not begin with one: put the whole cell in quotes");
                });
        // Read as before when a ruleset is loaded, so one kept with such a cell before this check still starts.
        tables.put(PolicyFiles.INDICATORS, indicators);
        assertThat(Policy.read(tables).indicators()).isNotEmpty();
    }

    @Test
    void aQuoteWrittenOnceInsideAQuotedCellIsPlacedAndExplained() {
        String indicators = tables.get(PolicyFiles.INDICATORS)
                .replaceFirst("(?m)^(CSE02,CSE,S,RISK,)(.*)$", "$1\"Seen with an \"older\" adult\"");

        assertThat(CsvTable.quoteSlips(PolicyFiles.INDICATORS, indicators))
                .singleElement()
                .satisfies(slip -> {
                    assertThat(slip.column()).isEqualTo(5);
                    assertThat(slip.problem()).startsWith("the quoted cell goes on after its closing quote");
                });
    }

    @Test
    void thePackagedTablesQuoteEveryCellAsTheyShould() {
        tables.forEach((file, content) ->
                assertThat(CsvTable.quoteSlips(file, content)).as(file).isEmpty());
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderSaysACommaNeedsQuotes() {
        tables.put(
                PolicyFiles.INDICATORS,
                tables.get(PolicyFiles.INDICATORS)
                        .replaceFirst("(?m)^(CSE02,CSE,S,RISK,)(.*)$", "$1Seen, often, with adults"));

        assertThat(problems())
                .extracting(PolicyTableException::problem)
                .anyMatch(p -> p.startsWith("expected 5 fields but found 7; a cell holding a comma must be in quotes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"categories.csv", "points.csv", "timescales.csv", "actions.csv"})
    void aTableLeftOutIsTheOneProblemReported(String file) {
        tables.remove(file);

        assertThat(problems())
                .extracting(PolicyTableException::problem)
                .containsExactly("the ruleset has no file " + file + "; nothing that depends on this file was checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"categories.csv", "indicators.csv"})
    void aProblemOfAnotherTableThatDoesNotDependOnItIsStillReported(String unreadable) {
        tables.put(unreadable, "code,\"category\n");
        tables.put(
                PolicyFiles.SCORE_BANDS, tables.get(PolicyFiles.SCORE_BANDS).replace("SIGNIFICANT", "SIGNIFICANTLY"));

        assertThat(problems())
                .extracting(PolicyTableException::fileName)
                .contains(unreadable, PolicyFiles.SCORE_BANDS)
                .containsOnly(unreadable, PolicyFiles.SCORE_BANDS);
    }

    @Test
    void aMisspeltSettingIsStillReportedWhileSettingsCsvCannotBeRead() {
        // Its message names settings.csv, but the names a placeholder may take are fixed: it does not depend
        // on what the unreadable file holds.
        tables.put(PolicyFiles.SETTINGS, "name,\"value\n");
        tables.put(
                PolicyFiles.INDICATORS,
                tables.get(PolicyFiles.INDICATORS).replace("{current_window_days}", "{current_windw_days}"));

        assertThat(problems())
                .anySatisfy(problem -> assertThat(problem.fileName()).isEqualTo(PolicyFiles.SETTINGS))
                .anySatisfy(problem -> {
                    assertThat(problem.fileName()).isEqualTo(PolicyFiles.INDICATORS);
                    assertThat(problem.problem()).startsWith("names {current_windw_days}, which is not a setting");
                });
    }

    private List<PolicyTableException> problems() {
        InvalidPolicyException refused = catchThrowableOfType(InvalidPolicyException.class, () -> Policy.read(tables));
        assertThat(refused).as("the ruleset is refused").isNotNull();
        return refused.problems();
    }
}
