package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.decision.RiskAssessment;

/**
 * Reads every sentence the scenarios' decisions render and fails on a placeholder left unfilled, on an
 * internal code in a summary, and on a summary longer than 60 words or not of two or three sentences.
 */
class DecisionTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("[{}]");
    // Indicator codes (CSE01), rule and reason codes (OVR_CRITICAL) and enum values (MSET_PANEL).
    // ...and single upper-case words such as NONE or HOTEL; MSET is the name of the panel, not a code.
    private static final Pattern INTERNAL_CODE =
            Pattern.compile("\\b[A-Z]{2,}\\d+\\b|\\b[A-Z]+(_[A-Z0-9]+)+\\b|\\b(?!MSET\\b)[A-Z]{3,}\\b");
    private static final int MAX_SUMMARY_WORDS = 60;

    @Test
    void noRenderedSentenceHasAnUnfilledPlaceholder() {
        List<String> problems = new ArrayList<>();
        ScenarioRun run = ScenarioRun.get();
        for (Scenario scenario : run.scenarios) {
            for (String text : sentences(run.decision(scenario))) {
                if (text == null || text.isBlank() || PLACEHOLDER.matcher(text).find()) {
                    problems.add(scenario.file() + ": " + text);
                }
            }
        }
        assertThat(problems).as("sentences empty or with a placeholder").isEmpty();
    }

    @Test
    void everySummaryIsShortPlainAndTwoOrThreeSentences() {
        List<String> problems = new ArrayList<>();
        ScenarioRun run = ScenarioRun.get();
        for (Scenario scenario : run.scenarios) {
            String summary = run.decision(scenario).summary();
            int words = summary.trim().split("\\s+").length;
            long sentences = summary.chars().filter(c -> c == '.').count();
            if (words > MAX_SUMMARY_WORDS) {
                problems.add(scenario.file() + " has " + words + " words: " + summary);
            }
            if (sentences < 2 || sentences > 3 || !summary.endsWith(".")) {
                problems.add(scenario.file() + " has " + sentences + " sentences: " + summary);
            }
            if (INTERNAL_CODE.matcher(summary).find()
                    || PLACEHOLDER.matcher(summary).find()) {
                problems.add(scenario.file() + " shows a code: " + summary);
            }
        }
        assertThat(problems).as("summaries that break the house rules").isEmpty();
    }

    // Reasons may cite indicator and override codes (the pages put them in words); a value of the
    // contract's lists, such as a care status, never: "looked after (LOOKED_AFTER_S31)" was how one read.
    private static final Pattern LISTED_VALUE = Pattern.compile("\\b(?!OVR_)[A-Z]+(_[A-Z0-9]+)+\\b");

    @Test
    void noRenderedSentenceShowsAValueOfTheContractsLists() {
        List<String> problems = new ArrayList<>();
        ScenarioRun run = ScenarioRun.get();
        for (Scenario scenario : run.scenarios) {
            for (String text : sentences(run.decision(scenario))) {
                if (text != null && LISTED_VALUE.matcher(text).find()) {
                    problems.add(scenario.file() + ": " + text);
                }
            }
        }
        assertThat(problems)
                .as("sentences that show a code of the contract's lists")
                .isEmpty();
    }

    @Test
    void theCodeCheckRecognisesTheCodesItMustKeepOut() {
        assertThat(LISTED_VALUE.matcher("looked after (LOOKED_AFTER_S31)").find())
                .isTrue();
        assertThat(LISTED_VALUE.matcher("missing indicators (MIS01, MIS05)").find())
                .isFalse();
        assertThat(INTERNAL_CODE.matcher("because of CSE01").find()).isTrue();
        assertThat(INTERNAL_CODE.matcher("route MSET_PANEL").find()).isTrue();
        assertThat(INTERNAL_CODE.matcher("level NONE").find()).isTrue();
        assertThat(INTERNAL_CODE
                        .matcher("Refer to the MSET panel, with a Pre-MSET screening.")
                        .find())
                .isFalse();
    }

    private static List<String> sentences(RiskAssessment decision) {
        List<String> texts = new ArrayList<>();
        texts.add(decision.summary());
        decision.reasons().forEach(r -> texts.add(r.text()));
        decision.overrides().forEach(o -> texts.add(o.text()));
        decision.warnings().forEach(w -> texts.add(w.text()));
        decision.preMset().reasons().forEach(r -> texts.add(r.text()));
        decision.msetPanel().reasons().forEach(r -> texts.add(r.text()));
        decision.insufficientInformation().forEach(q -> texts.add(q.question()));
        return texts;
    }
}
