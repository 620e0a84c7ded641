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
                .isEqualTo(
                        "\"A child at risk\": Reasons for or against Pre-MSET screening: expected Nothing meets the"
                                + " screening criteria, but the candidate gives A sign of exploitation at Emerging risk or above");
        assertThat(words.of(scenario("\"B\": riskLevel: expected NONE but was EMERGING"), null))
                .isEqualTo("\"B\": Risk level: expected No identified risk, but the candidate gives Emerging");
        assertThat(words.of(scenario("\"C\": msetPanel.eligible: expected true but was false"), null))
                .isEqualTo("\"C\": MSET panel: expected eligible, but the candidate gives not eligible");
        assertThat(words.of(scenario("\"D\": exploitationTypes: expected CCE, CSE (twice) but was none"), null))
                .isEqualTo("\"D\": Exploitation types: expected Criminal exploitation, Sexual exploitation (twice),"
                        + " but the candidate gives none");
    }

    @Test
    void eligibilityReasonsReadAsTheReasonsNotTheirCodesSpeltOut() {
        String panel = words.of(
                scenario("\"E\": msetPanel.reasons: expected NOT_ADDS_VALUE, NOT_LEVEL but was NOT_ADDS_VALUE,"
                        + " NOT_LEVEL, NOT_PRE_MSET"),
                null);
        String screening = words.of(
                scenario(
                        "\"F\": preMset.reasons: expected PRE_EXPLOITATION, PRE_INTELLIGENCE but was PRE_INTELLIGENCE"),
                null);

        assertThat(panel)
                .isEqualTo(
                        "\"E\": Reasons for or against the MSET panel: expected Nothing shows the panel would add"
                                + " value, Below the levels the panel considers, but the candidate gives Nothing shows the panel"
                                + " would add value, Below the levels the panel considers, Does not meet the screening criteria");
        assertThat(screening)
                .isEqualTo("\"F\": Reasons for or against Pre-MSET screening: expected A sign of exploitation at"
                        + " Emerging risk or above, A named person or place of concern, but the candidate gives A named"
                        + " person or place of concern");
        assertThat(panel + screening)
                .doesNotContainPattern("[A-Z]{3,}_[A-Z]")
                .doesNotContain("Pre exploitation", "Pre intelligence", "Not adds value", "Not level", "Not pre mset");
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
