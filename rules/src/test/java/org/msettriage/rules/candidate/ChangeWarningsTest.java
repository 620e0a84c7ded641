package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.TriageEngine;

/**
 * Warnings against the ruleset that serves: removed codes, a candidate begun from an old copy, and wording
 * stating a changed setting's old value.
 */
class ChangeWarningsTest {

    private static final TriageEngine PACKAGED = Candidates.engine(Candidates.packaged());

    @Test
    void aCandidateThatIsTheActiveRulesetAsItIsHasNothingToWarnOf() {
        assertThat(ChangeWarnings.of(packaged("candidate"), packaged("active"), List.of(packaged("older"))))
                .isEmpty();
    }

    @Test
    void aSettingChangedUnderWordingThatStatesItsOldValueIsWarnedOf() {
        List<RulesetFile> files = Candidates.edited(
                "settings.csv", csv -> csv.replaceFirst("(?m)^adult_age_years,18,", "adult_age_years,19,"));
        ChangeWarnings.Compared candidate =
                new ChangeWarnings.Compared("candidate", TriageEngine.readPolicy(files), files);

        assertThat(ChangeWarnings.of(candidate, packaged("active"), List.of()))
                .singleElement()
                .satisfies(warning -> {
                    assertThat(warning.kind()).isEqualTo(RulesetWarning.Kind.STATED_NUMBER);
                    assertThat(warning.file()).isEqualTo("actions.csv");
                    assertThat(warning.message()).startsWith("title: \"18\" is what the setting adult_age_years held");
                });
    }

    @Test
    void everyRemovedIndicatorAndActionIsNamed() {
        List<RulesetFile> files =
                Candidates.edited("actions.csv", csv -> csv.replaceAll("(?m)^ADULT_SAFEGUARDING_REFERRAL,.*\\R", ""));
        files = files.stream()
                .map(f -> switch (f.name()) {
                    case "indicators.csv" ->
                        new RulesetFile(f.name(), f.content().replaceAll("(?m)^CSE07,.*\\R", ""));
                    // The action's row goes with it, or the table would name an action that is gone.
                    case "action-rules.csv" ->
                        new RulesetFile(f.name(), f.content().replaceAll("(?m)^ADULT_SAFEGUARDING_REFERRAL,.*\\R", ""));
                    default -> f;
                })
                .toList();
        ChangeWarnings.Compared candidate =
                new ChangeWarnings.Compared("candidate", TriageEngine.readPolicy(files), files);

        assertThat(ChangeWarnings.of(candidate, packaged("active"), List.of()))
                .extracting(RulesetWarning::kind, RulesetWarning::file)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RulesetWarning.Kind.REMOVED_CODE, "indicators.csv"),
                        org.assertj.core.groups.Tuple.tuple(RulesetWarning.Kind.REMOVED_CODE, "actions.csv"));
    }

    @Test
    void aCandidateCloserToAnEarlierRulesetThanToTheActiveOneIsALikelyRevert() {
        List<RulesetFile> activeFiles = Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1"));
        ChangeWarnings.Compared active =
                new ChangeWarnings.Compared("active", TriageEngine.readPolicy(activeFiles), activeFiles);

        List<RulesetWarning> warnings =
                ChangeWarnings.of(packaged("candidate"), active, List.of(packaged("older"), active));

        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(RulesetWarning.Kind.LIKELY_REVERT);
            assertThat(warning.message())
                    .contains("closer to the earlier ruleset older (0 lines differ) than to the active active"
                            + " (1 line differs)")
                    .contains("in points.csv");
        });
    }

    @Test
    void aTableTakenBackIsNamedWhenASpreadsheetWroteItAgain() {
        List<RulesetFile> activeFiles = Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1"));
        ChangeWarnings.Compared active =
                new ChangeWarnings.Compared("active", TriageEngine.readPolicy(activeFiles), activeFiles);
        List<RulesetFile> files = Candidates.edited("points.csv", csv -> csv.replace("\n", "\r\n"));
        ChangeWarnings.Compared candidate =
                new ChangeWarnings.Compared("candidate", TriageEngine.readPolicy(files), files);

        assertThat(ChangeWarnings.of(candidate, active, List.of(packaged("older"))))
                .singleElement()
                .satisfies(warning -> assertThat(warning.message())
                        .contains("(0 lines differ)")
                        .contains("in points.csv"));
    }

    private static ChangeWarnings.Compared packaged(String version) {
        return new ChangeWarnings.Compared(version, PACKAGED.policy(), PACKAGED.files());
    }
}
