package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.Policy;

/** A changed scenario outcome, as validation reports it, in the pages' words. */
class ScenarioMismatchWordsTest {

    private static final Policy PACKAGED =
            TriageEngine.readPolicy(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));

    /** A code of the contract's, or one spelt out as words ("Pre exploitation", "Ovr critical"). */
    private static final String CODE_OR_CODE_SPELT_OUT =
            "[A-Z]{2,}_[A-Z0-9]|\\b(Pre|Not|Adds|Ovr|Judgement|Duplicate|Contradictory) [a-z]+ ?[a-z]*\\b";

    private final ScenarioMismatchWords words = new ScenarioMismatchWords();

    @Test
    void aChangedOutcomeReadsWithItsFieldAndCodesInWords() {
        assertThat(said("\"A child at risk\": preMset.reasons: expected NOT_INDICATED but was PRE_EXPLOITATION"))
                .isEqualTo(
                        "\"A child at risk\": Reasons for or against Pre-MSET screening: expected Nothing meets the"
                                + " screening criteria, but the candidate gives A sign of exploitation at Emerging risk or above");
        assertThat(said("\"B\": riskLevel: expected NONE but was EMERGING"))
                .isEqualTo("\"B\": Risk level: expected No identified risk, but the candidate gives Emerging");
        assertThat(said("\"C\": msetPanel.eligible: expected true but was false"))
                .isEqualTo("\"C\": MSET panel: expected eligible, but the candidate gives not eligible");
        assertThat(said("\"D\": exploitationTypes: expected CCE, CSE (twice) but was none"))
                .isEqualTo("\"D\": Exploitation types: expected Criminal exploitation, Sexual exploitation (twice),"
                        + " but the candidate gives none");
    }

    @Test
    void eligibilityReasonsReadAsTheReasonsNotTheirCodesSpeltOut() {
        String panel = said("\"E\": msetPanel.reasons: expected NOT_ADDS_VALUE, NOT_LEVEL but was NOT_ADDS_VALUE,"
                + " NOT_LEVEL, NOT_PRE_MSET");
        String screening =
                said("\"F\": preMset.reasons: expected PRE_EXPLOITATION, PRE_INTELLIGENCE but was PRE_INTELLIGENCE");

        assertThat(panel)
                .isEqualTo(
                        "\"E\": Reasons for or against the MSET panel: expected Nothing shows the panel would add"
                                + " value, Below the levels the panel considers, but the candidate gives Nothing shows the panel"
                                + " would add value, Below the levels the panel considers, Does not meet the screening criteria");
        assertThat(screening)
                .isEqualTo("\"F\": Reasons for or against Pre-MSET screening: expected A sign of exploitation at"
                        + " Emerging risk or above, A named person or place of concern, but the candidate gives A named"
                        + " person or place of concern");
        assertThat(panel + screening).doesNotContainPattern(CODE_OR_CODE_SPELT_OUT);
    }

    @Test
    void warningsCapsFloorsAndRecenciesReadAsWhatTheyAre() {
        String warnings = said("\"G\": warnings: expected JUDGEMENT_RAISE_REFUSED but was none");
        String overrides = said("\"H\": overrides: expected OVR_JUDGEMENT_RAISE, not raising it, OVR_MISSING_NOW_HIGH,"
                + " raising the level but was OVR_MISSING_NOW_HIGH, raising the level");
        String indicators =
                said("\"I\": indicatorsUsed: expected PULL03 CURRENT, 2 points but was PULL03 RECENT, 1 point");
        String levels = said("\"J\": scoreLevel: expected EMERGING but was NONE");

        assertThat(warnings)
                .isEqualTo("\"G\": Warnings: expected A judgement to raise the level not applied, but the candidate"
                        + " gives none");
        assertThat(overrides)
                .isEqualTo(
                        "\"H\": Cap and floors: expected A professional judgement raising the level, not raising"
                                + " it, The child is missing now at high or unknown police risk, raising the level, but the"
                                + " candidate gives The child is missing now at high or unknown police risk, raising the level");
        assertThat(indicators)
                .as("an indicator's code is the referral form's own, and stays")
                .isEqualTo("\"I\": Indicators used: expected PULL03 Current, 2 points, but the candidate gives PULL03"
                        + " Recent, 1 point");
        assertThat(levels)
                .isEqualTo("\"J\": Level by score: expected Emerging, but the candidate gives No identified risk");
        assertThat(warnings + overrides + indicators + levels).doesNotContainPattern(CODE_OR_CODE_SPELT_OUT);
    }

    @Test
    void questionsReadAsWhatTheyAskAbout() {
        assertThat(said("\"K\": insufficientInformation: expected /child/careStatus, /missingEpisodes/1/policeRiskGrade"
                        + " but was /perpetrators/0/isAdult, /indicators"))
                .isEqualTo("\"K\": Questions for the referrer: expected The child's care status, Missing episode 2:"
                        + " police risk grade, but the candidate gives Person of concern 1: whether an adult, The"
                        + " indicators")
                .doesNotContain("/");
    }

    @Test
    void anActionReadsByItsTitleAndItsDetailsInWords() {
        String actions = said("\"L\": actions: expected REVIEW_ASSESSMENT but was none");
        String because = said("\"M\": actions[POLICE_INTELLIGENCE_SUBMISSION].because: expected [ADDS_PERPETRATOR,"
                + " CSE03] but was [OVR_MISSING_NOW_HIGH]");
        String due = said("\"N\": actions[POLICE_MARKER].dueBy: expected 2026-11-15T10:00:00Z but was null");
        String overdue = said("\"O\": actions[POLICE_MARKER].overdue: expected true but was false");
        String always = said("\"P\": actions[REVIEW_ASSESSMENT].because: expected [LINKED_PLACE] but was []");

        assertThat(actions)
                .isEqualTo(
                        "\"L\": Recommended actions: expected Review the risk assessment within three months, but the"
                                + " candidate gives none");
        assertThat(because)
                .isEqualTo(
                        "\"M\": Why \u201cSubmit partnership intelligence on people/vehicles/places to the police\u201d"
                                + " is recommended: expected A person of concern is named, CSE03, but the candidate gives The"
                                + " child is missing now at high or unknown police risk");
        assertThat(due)
                .isEqualTo("\"N\": When \u201cAdd or update the exploitation marker on police systems\u201d is due:"
                        + " expected 15 Nov 2026 10:00 UTC, but the candidate gives no due date");
        assertThat(overdue)
                .isEqualTo("\"O\": Whether \u201cAdd or update the exploitation marker on police systems\u201d is"
                        + " overdue: expected overdue, but the candidate gives not overdue");
        assertThat(always)
                .isEqualTo("\"P\": Why \u201cReview the risk assessment within three months\u201d is recommended:"
                        + " expected A place other children's referrals also name, but the candidate gives none");
        assertThat(actions + because + due + overdue + always)
                .doesNotContainPattern(CODE_OR_CODE_SPELT_OUT)
                .doesNotContain("actions[", "null", "true", "false");
    }

    @Test
    void aScenarioTheCandidateCarriesReadsInWordsToo() {
        RulesetProblem carried = new RulesetProblem(
                RulesetProblem.Kind.OWN_SCENARIO,
                "scenarios/own.json",
                3,
                1,
                "a scenario the candidate carries does not hold for it: \"Q\": pathway: expected PRE_MSET but was"
                        + " SINGLE_AGENCY");

        assertThat(words.of(carried, PACKAGED))
                .isEqualTo("a scenario the candidate carries does not hold for it: \"Q\": Route: expected Pre-MSET"
                        + " screening, but the candidate gives Single agency");
    }

    @Test
    void anyOtherProblemKeepsItsMessage() {
        RulesetProblem table = new RulesetProblem(
                RulesetProblem.Kind.TABLE, "score-bands.csv", 4, 1, "MODERATE overlaps the band above it");
        assertThat(words.of(table, PACKAGED)).isEqualTo("MODERATE overlaps the band above it");
        // A scenario file's own slip names the key the policy lead wrote, which they look for in the file.
        assertThat(said("expected field 'colour' is not checked by this harness"))
                .isEqualTo("expected field 'colour' is not checked by this harness");
    }

    private String said(String message) {
        return words.of(new RulesetProblem(RulesetProblem.Kind.SCENARIO, "scenarios/a.json", 3, 1, message), PACKAGED);
    }
}
