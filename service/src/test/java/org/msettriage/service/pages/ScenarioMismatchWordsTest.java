package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.ScenarioMismatch;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.Policy;

/** A changed scenario outcome, as validation reports it (in words and as data), in the pages' words. */
class ScenarioMismatchWordsTest {

    private static final Policy PACKAGED =
            TriageEngine.readPolicy(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));

    /** A code of the contract's, or one spelt out as words ("Pre exploitation", "Ovr critical"). */
    private static final String CODE_OR_CODE_SPELT_OUT =
            "[A-Z]{2,}_[A-Z0-9]|\\b(Pre|Not|Adds|Ovr|Judgement|Duplicate|Contradictory) [a-z]+ ?[a-z]*\\b";

    private final ScenarioMismatchWords words = new ScenarioMismatchWords();

    @Test
    void aChangedOutcomeReadsWithItsFieldAndCodesInWords() {
        assertThat(said(counted(
                        "A child at risk", "preMset.reasons", List.of("NOT_INDICATED"), List.of("PRE_EXPLOITATION"))))
                .isEqualTo(
                        "\"A child at risk\": Reasons for or against Pre-MSET screening: expected Nothing meets the"
                                + " screening criteria, but the candidate gives A sign of exploitation at Emerging risk or above");
        assertThat(said(one("B", "riskLevel", "NONE", "EMERGING")))
                .isEqualTo("\"B\": Risk level: expected No identified risk, but the candidate gives Emerging");
        assertThat(said(one("C", "msetPanel.eligible", "true", "false")))
                .isEqualTo("\"C\": MSET panel: expected eligible, but the candidate gives not eligible");
        assertThat(said(counted("D", "exploitationTypes", List.of("CSE", "CCE", "CSE"), List.of())))
                .isEqualTo("\"D\": Exploitation types: expected Criminal exploitation, Sexual exploitation (twice),"
                        + " but the candidate gives none");
    }

    @Test
    void eligibilityReasonsReadAsTheReasonsNotTheirCodesSpeltOut() {
        String panel = said(counted(
                "E",
                "msetPanel.reasons",
                List.of("NOT_ADDS_VALUE", "NOT_LEVEL"),
                List.of("NOT_ADDS_VALUE", "NOT_LEVEL", "NOT_PRE_MSET")));
        String screening = said(counted(
                "F", "preMset.reasons", List.of("PRE_EXPLOITATION", "PRE_INTELLIGENCE"), List.of("PRE_INTELLIGENCE")));

        assertThat(panel)
                .isEqualTo("\"E\": Reasons for or against the MSET panel: expected Nothing shows the panel would add"
                        + " value, Below the levels the panel considers, but the candidate gives Nothing shows the panel"
                        + " would add value, Below the levels the panel considers, Does not meet the screening criteria"
                        + " (it adds Does not meet the screening criteria)");
        assertThat(screening)
                .isEqualTo("\"F\": Reasons for or against Pre-MSET screening: expected A sign of exploitation at"
                        + " Emerging risk or above, A named person or place of concern, but the candidate gives A named"
                        + " person or place of concern (it no longer gives A sign of exploitation at Emerging risk or"
                        + " above)");
        assertThat(panel + screening).doesNotContainPattern(CODE_OR_CODE_SPELT_OUT);
    }

    @Test
    void warningsCapsFloorsAndRecenciesReadAsWhatTheyAre() {
        String warnings = said(counted("G", "warnings", List.of("JUDGEMENT_RAISE_REFUSED"), List.of()));
        String overrides = said(counted(
                "H",
                "overrides",
                List.of("OVR_JUDGEMENT_RAISE, not raising it", "OVR_MISSING_NOW_HIGH, raising the level"),
                List.of("OVR_MISSING_NOW_HIGH, raising the level")));
        String indicators = said(
                counted("I", "indicatorsUsed", List.of("PULL03 CURRENT, 2 points"), List.of("PULL03 RECENT, 1 point")));
        String levels = said(one("J", "scoreLevel", "EMERGING", "NONE"));

        assertThat(warnings)
                .isEqualTo("\"G\": Warnings: expected A judgement to raise the level not applied, but the candidate"
                        + " gives none");
        assertThat(overrides)
                .isEqualTo("\"H\": Cap and floors: expected A professional judgement raising the level \u2014 applied"
                        + " without raising the level, The child is missing now at high or unknown police risk \u2014"
                        + " applied, raising the level, but the candidate gives The child is missing now at high or"
                        + " unknown police risk \u2014 applied, raising the level (it no longer gives A professional"
                        + " judgement raising the level \u2014 applied without raising the level)");
        assertThat(indicators)
                .as("an indicator's code is the referral form's own, and stays")
                .isEqualTo("\"I\": Indicators used: expected PULL03 Current, 2 points, but the candidate gives PULL03"
                        + " Recent, 1 point");
        assertThat(levels)
                .isEqualTo("\"J\": Level by score: expected Emerging, but the candidate gives No identified risk");
        assertThat(warnings + overrides + indicators + levels).doesNotContainPattern(CODE_OR_CODE_SPELT_OUT);
    }

    @Test
    void listsThatShareEntriesSayWhatWasAddedAndWhatNoLongerIs() {
        // A trial compared two lists of actions, each in full, to find the one that changed.
        String actions = said(counted(
                "L",
                "actions",
                List.of("STRATEGY_DISCUSSION", "RETURN_HOME_INTERVIEW", "RETURN_HOME_INTERVIEW"),
                List.of("STRATEGY_DISCUSSION", "RETURN_HOME_INTERVIEW", "CAWN_CONSIDER")));
        String unrelated = said(counted("M", "exploitationTypes", List.of("CSE"), List.of("CCE")));

        assertThat(actions)
                .endsWith(" (it adds " + new ScenarioOutcomeWords(PACKAGED).action("CAWN_CONSIDER")
                        + "; it no longer gives " + new ScenarioOutcomeWords(PACKAGED).action("RETURN_HOME_INTERVIEW")
                        + ")");
        assertThat(unrelated)
                .as("nothing in common: the two lists say it all")
                .isEqualTo("\"M\": Exploitation types: expected Sexual exploitation, but the candidate gives Criminal"
                        + " exploitation");
    }

    @Test
    void questionsReadAsWhatTheyAskAbout() {
        assertThat(said(counted(
                        "K",
                        "insufficientInformation",
                        List.of("/child/careStatus", "/missingEpisodes/1/policeRiskGrade"),
                        List.of("/perpetrators/0/isAdult", "/indicators"))))
                .as("in the order the check lists them, as the API does")
                .isEqualTo("\"K\": Questions for the referrer: expected The child's care status, Missing episode 2:"
                        + " police risk grade, but the candidate gives The indicators, Person of concern 1: whether an"
                        + " adult")
                .doesNotContain("/");
    }

    @Test
    void anActionReadsByItsTitleAndItsDetailsInWords() {
        String actions = said(counted("L", "actions", List.of("REVIEW_ASSESSMENT"), List.of()));
        String because = said(detail(
                "M",
                "POLICE_INTELLIGENCE_SUBMISSION",
                "because",
                ScenarioMismatch.Shape.SET,
                List.of("ADDS_PERPETRATOR", "CSE03"),
                List.of("OVR_MISSING_NOW_HIGH")));
        String due = said(detail(
                "N", "POLICE_MARKER", "dueBy", ScenarioMismatch.Shape.ONE, List.of("2026-11-15T10:00:00Z"), List.of()));
        String overdue = said(
                detail("O", "POLICE_MARKER", "overdue", ScenarioMismatch.Shape.ONE, List.of("true"), List.of("false")));
        String always = said(detail(
                "P", "REVIEW_ASSESSMENT", "because", ScenarioMismatch.Shape.SET, List.of("LINKED_PLACE"), List.of()));

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
    void whatAnActionsReasonsGainAreSaidAsTheReasonsAre() {
        // Found in a policy lead's trial: the lists read "A child under 13 shows ...", what they gained
        // "Ovr under13".
        String because = said(detail(
                "R",
                "STRATEGY_DISCUSSION",
                "because",
                ScenarioMismatch.Shape.SET,
                List.of("ONL01"),
                List.of("ONL01", "OVR_UNDER13", "OVR_UNDER13_SEXUAL")));

        assertThat(because)
                .endsWith("(it adds A child under 13 shows a serious sign of exploitation, A child under 13 shows a"
                        + " sign of sexual abuse)")
                .doesNotContainPattern(CODE_OR_CODE_SPELT_OUT);
    }

    @Test
    void aScenarioTheCandidateCarriesReadsInWordsToo() {
        ScenarioMismatch pathway = one("Q", "pathway", "PRE_MSET", "SINGLE_AGENCY");
        RulesetProblem carried = new RulesetProblem(
                RulesetProblem.Kind.OWN_SCENARIO,
                "scenarios/own.json",
                3,
                1,
                RulesetValidator.CARRIED_DOES_NOT_HOLD + "\"Q\": " + pathway.inWords(),
                pathway);

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
        RulesetProblem slip = new RulesetProblem(
                RulesetProblem.Kind.SCENARIO,
                "scenarios/a.json",
                3,
                1,
                "expected field 'colour' is not checked by this harness");
        assertThat(words.of(slip, PACKAGED)).isEqualTo("expected field 'colour' is not checked by this harness");
    }

    @Test
    void theWordsComeFromTheChangeNotFromTheSentenceTheApiGives() {
        ScenarioMismatch level = one("B", "riskLevel", "NONE", "EMERGING");
        RulesetProblem reworded = new RulesetProblem(
                RulesetProblem.Kind.SCENARIO,
                "scenarios/a.json",
                3,
                1,
                "B's risk level moved: NONE, now EMERGING",
                level);

        assertThat(words.of(reworded, PACKAGED))
                .isEqualTo("\"B\": Risk level: expected No identified risk, but the candidate gives Emerging");
    }

    @Test
    void aChangeReadsWithoutItsScenarioForAPageThatNamesTheScenarioAboveIt() {
        ScenarioMismatch level = one("B", "riskLevel", "NONE", "EMERGING");

        assertThat(words.changeOf(
                        new RulesetProblem(
                                RulesetProblem.Kind.SCENARIO, "scenarios/b.json", 3, 1, level.inWords(), level),
                        PACKAGED))
                .isEqualTo("Risk level: expected No identified risk, but the candidate gives Emerging");
        assertThat(words.changeOf(
                        new RulesetProblem(RulesetProblem.Kind.TABLE, "points.csv", 2, 1, "not a number"), PACKAGED))
                .as("not a changed outcome")
                .isNull();
    }

    private static ScenarioMismatch one(String scenario, String field, String expected, String actual) {
        return new ScenarioMismatch(
                scenario, field, null, ScenarioMismatch.Shape.ONE, List.of(expected), List.of(actual));
    }

    private static ScenarioMismatch counted(String scenario, String field, List<String> expected, List<String> actual) {
        return new ScenarioMismatch(scenario, field, null, ScenarioMismatch.Shape.COUNTED, expected, actual);
    }

    private static ScenarioMismatch detail(
            String scenario,
            String action,
            String field,
            ScenarioMismatch.Shape shape,
            List<String> expected,
            List<String> actual) {
        return new ScenarioMismatch(scenario, field, action, shape, expected, actual);
    }

    /** The change as validation reports it: the sentence the API gives, and the change as data. */
    private String said(ScenarioMismatch mismatch) {
        String message = "\"" + mismatch.scenario() + "\": " + mismatch.inWords();
        return words.of(
                new RulesetProblem(RulesetProblem.Kind.SCENARIO, "scenarios/a.json", 3, 1, message, mismatch),
                PACKAGED);
    }
}
