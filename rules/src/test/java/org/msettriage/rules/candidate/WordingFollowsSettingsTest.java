package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.facts.Reason;
import org.msettriage.rules.scenario.Scenario;

/**
 * Titles and explanations that name a setting say its value: the policy lead's second change of issue
 * 16 (repeat_missing_episodes from 3 to 2) makes every sentence about it say 2.
 */
class WordingFollowsSettingsTest {

    private static final String REPEAT_MISSING = "examples-repeat-missing-found-with-adult-in-car.json";

    @Test
    void loweringTheRepeatMissingThresholdChangesEverySentenceThatMentionsIt() {
        TriageEngine lowered = Candidates.engine(Candidates.edited(
                "settings.csv", csv -> csv.replace("repeat_missing_episodes,3,", "repeat_missing_episodes,2,")));

        assertThat(lowered.policy().indicator("MIS02").getTitle())
                .isEqualTo("Missing 2 or more times in the last 90 days (derived from missing episodes)");
        RiskAssessment decided = lowered.assess(scenario(REPEAT_MISSING).referral());
        List<String> aboutRepeats = decided.reasons().stream()
                .map(Reason::text)
                .filter(text -> text.contains("or more"))
                .toList();
        assertThat(aboutRepeats)
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text)
                        .contains("2 or more")
                        .doesNotContain("3 or more")
                        .doesNotContainIgnoringCase("three or more"));
    }

    @Test
    void thePackagedTitlesSayTheSettingsValues() {
        TriageEngine packaged = Candidates.engine(Candidates.packaged());

        assertThat(packaged.policy().indicator("MIS02").getTitle())
                .isEqualTo("Missing 3 or more times in the last 90 days (derived from missing episodes)");
        assertThat(packaged.policy().indicator("MIS03").getTitle())
                .isEqualTo("A missing episode longer than 24 hours (derived from missing episodes)");
    }

    @Test
    void anExplanationMayNameASettingItsRuleDoesNotPass() {
        TriageEngine engine = TriageEngine.compile(Candidates.edited(
                "level.drl",
                drl -> drl.replace(
                        "@explanation(\"The risk level is {level}\")",
                        "@explanation(\"The risk level is {level} (adults are {adult_age_years} or over)\")")));

        RiskAssessment decided = engine.assess(scenario(REPEAT_MISSING).referral());

        assertThat(decided.reasons()).extracting(Reason::text).anyMatch(t -> t.endsWith("(adults are 18 or over)"));
    }

    @Test
    void aTitleNamingNoSettingIsAProblemAtItsCell() {
        List<RulesetFile> files = Candidates.edited(
                "indicators.csv", csv -> csv.replace("{long_episode_hours} hours", "{long_episode_hour} hours"));

        RulesetValidation validation = RulesetValidator.validate(files, List.of());

        assertThat(validation.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RulesetProblem.Kind.TABLE);
            assertThat(problem.file()).isEqualTo("indicators.csv");
            assertThat(problem.line()).isEqualTo(20);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message()).contains("{long_episode_hour}").contains("is not a setting");
        });
    }

    private static Scenario scenario(String file) {
        return Candidates.scenarios().stream()
                .filter(s -> s.file().equals(file))
                .findFirst()
                .orElseThrow();
    }
}
