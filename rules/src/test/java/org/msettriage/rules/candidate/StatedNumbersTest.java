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
            assertThat(warning.line()).isEqualTo(lineHolding(files, "override-levels.csv", "three months"));
            assertThat(warning.where()).isEqualTo("override-levels.csv:" + warning.line());
            assertThat(warning.message())
                    .startsWith("summary: \"three months\" states the value of the setting current_window_days");
        });
    }

    @Test
    void anExplanationStatingASettingsNumberIsWarnedOfAtItsLine() {
        List<RulesetFile> files = Candidates.edited(
                "level.drl",
                drl -> drl.replace(
                        "@explanation(\"The risk level is {level}\")",
                        "@explanation(\"The risk level is {level}, missing three or more times\")"));

        assertThat(warnings(files)).singleElement().satisfies(warning -> {
            assertThat(warning.where())
                    .isEqualTo("level.drl:" + lineHolding(files, "level.drl", "missing three or more times"));
            assertThat(warning.message()).startsWith("@explanation: \"three or more times\" states the value");
        });
    }

    /** The line (from 1) of the file that holds the text. */
    private static int lineHolding(List<RulesetFile> files, String file, String text) {
        String[] lines = files.stream()
                .filter(f -> f.name().equals(file))
                .findFirst()
                .orElseThrow()
                .content()
                .split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " does not hold " + text);
    }

    @Test
    void wordingStillStatingASettingsOldValueIsWarnedOfWhenTheSettingChanges() {
        List<RulesetFile> files = Candidates.edited(
                "settings.csv", csv -> csv.replaceFirst("(?m)^under_age_years,13,", "under_age_years,14,"));

        List<RulesetWarning> stale = StatedNumbers.stale(
                files,
                TriageEngine.readPolicy(Candidates.packaged()).settings(),
                TriageEngine.readPolicy(files).settings(),
                PolicySettings.names());

        assertThat(stale)
                .extracting(RulesetWarning::where)
                .containsExactly(
                        "override-levels.csv:" + lineHolding(files, "override-levels.csv", "OVR_UNDER13,"),
                        "override-levels.csv:" + lineHolding(files, "override-levels.csv", "OVR_UNDER13_SEXUAL,"));
        assertThat(stale.get(0).message())
                .isEqualTo("summary: \"13\" is what the setting under_age_years held before this change (now 14);"
                        + " if it states that setting, write {under_age_years} so the wording follows it");
    }

    @Test
    void aSettingLeftAsItWasFindsNothingStale() {
        PolicySettings packaged = TriageEngine.readPolicy(Candidates.packaged()).settings();

        assertThat(StatedNumbers.stale(Candidates.packaged(), packaged, packaged, PolicySettings.names()))
                .isEmpty();
    }

    @Test
    void thePackagedRulesetStatesNoSettingsNumber() {
        assertThat(warnings(Candidates.packaged())).isEmpty();
    }

    private static List<RulesetWarning> warnings(List<RulesetFile> files) {
        return StatedNumbers.in(files, TriageEngine.readPolicy(files).settings(), PolicySettings.names());
    }
}
