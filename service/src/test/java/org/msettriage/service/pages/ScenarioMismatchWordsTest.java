package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetProblem;

/** A changed scenario outcome, as validation reports it, in the pages' words. */
class ScenarioMismatchWordsTest {

    private final ScenarioMismatchWords words = new ScenarioMismatchWords();

    @Test
    void aChangedOutcomeReadsWithItsFieldAndCodesInWords() {
        assertThat(words.of(
                        scenario(
                                "\"A child at risk\": preMset.reasons: expected NOT_INDICATED but was PRE_EXPLOITATION"),
                        null))
                .isEqualTo("\"A child at risk\": Reasons for or against Pre-MSET screening: expected Not indicated,"
                        + " but the candidate gives Pre exploitation");
        assertThat(words.of(scenario("\"B\": riskLevel: expected NONE but was EMERGING"), null))
                .isEqualTo("\"B\": Risk level: expected No identified risk, but the candidate gives Emerging");
        assertThat(words.of(scenario("\"C\": msetPanel.eligible: expected true but was false"), null))
                .isEqualTo("\"C\": MSET panel: expected eligible, but the candidate gives not eligible");
        assertThat(words.of(scenario("\"D\": exploitationTypes: expected CCE, CSE (twice) but was none"), null))
                .isEqualTo("\"D\": Exploitation types: expected Criminal exploitation, Sexual exploitation (twice),"
                        + " but the candidate gives none");
    }

    @Test
    void anyOtherProblemKeepsItsMessage() {
        RulesetProblem table = new RulesetProblem(
                RulesetProblem.Kind.TABLE, "score-bands.csv", 4, 1, "MODERATE overlaps the band above it");
        assertThat(words.of(table, null)).isEqualTo("MODERATE overlaps the band above it");
    }

    private static RulesetProblem scenario(String message) {
        return new RulesetProblem(RulesetProblem.Kind.SCENARIO, "scenarios/a.json", 3, 1, message);
    }
}
