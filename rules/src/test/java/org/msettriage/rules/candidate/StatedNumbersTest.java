package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.PolicySettings;

/** Wording that states a setting's number is warned of; wording that names the setting is not. */
class StatedNumbersTest {

    @Test
    void aTitleStatingASettingsNumberWithItsUnitIsWarnedOfWithThePlaceholderToWrite() {
        List<RulesetFile> files = Candidates.edited(
                "indicators.csv",
                csv -> csv.replaceFirst(
                        "(?m)^MIS02,MIS,S,RISK,.*$",
                        "MIS02,MIS,S,RISK,Missing three or more times in the last 90 days"));

        List<RulesetWarning> warnings = warnings(files);

        assertThat(warnings)
                .extracting(RulesetWarning::message)
                .anyMatch(m ->
                        m.contains("\"three or more times\" states the value of the setting repeat_missing_episodes;"
                                + " write {repeat_missing_episodes}"))
                .anyMatch(m -> m.contains("\"90 days\" states the value of the setting current_window_days"));
        assertThat(warnings).allMatch(w -> w.kind() == RulesetWarning.Kind.STATED_NUMBER);
    }

    @Test
    void theSameNumberWithAnotherUnitOrANamedSettingIsNotWarnedOf() {
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replace(
                        "@explanation(\"The risk level is {level}\")",
                        "@explanation(\"The risk level is {level}; three hours apart; {repeat_missing_episodes} times\")"));

        assertThat(warnings(files)).noneMatch(w -> w.file().equals("level.drl"));
    }

    @Test
    void monthsThatAreASettingsDaysAreWarnedOf() {
        List<RulesetFile> files = Candidates.edited(
                "override-levels.csv",
                csv -> csv.replace("in the last {current_window_days} days", "in the last three months"));

        assertThat(warnings(files)).singleElement().satisfies(warning -> {
            assertThat(warning.file()).isEqualTo("override-levels.csv");
            assertThat(warning.message())
                    .contains("\"three months\" states the value of the setting current_window_days");
        });
    }

    @Test
    void thePackagedRulesetStatesNoSettingsNumber() {
        assertThat(warnings(Candidates.packaged())).isEmpty();
    }

    private static List<RulesetWarning> warnings(List<RulesetFile> files) {
        return StatedNumbers.in(files, TriageEngine.readPolicy(files).settings(), PolicySettings.names());
    }
}
