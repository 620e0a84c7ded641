package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
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
        ChangeWarnings.Compared active = new ChangeWarnings.Compared(
                "active", TriageEngine.readPolicy(activeFiles), activeFiles, List.of(served(2, null)));
        ChangeWarnings.Compared older =
                new ChangeWarnings.Compared("older", PACKAGED.policy(), PACKAGED.files(), List.of(served(1, 2)));

        List<RulesetWarning> warnings = ChangeWarnings.of(packaged("candidate"), active, List.of(older, active));

        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(RulesetWarning.Kind.LIKELY_REVERT);
            assertThat(warning.message())
                    .startsWith("is closer to the earlier ruleset older, which served from 1 Dec 2026 09:00 UTC to"
                            + " 2 Dec 2026 09:00 UTC, (0 lines differ) than to the active active (1 line differs)")
                    .contains("would take back changes made since then in points.csv.");
        });
    }

    @Test
    void aLikelyRevertWithNoFileAsTheEarlierRulesetHadItSaysSoInAWholeSentence() {
        // Found in a policy lead's trial: "would take back the changes made since . Start from ...".
        List<RulesetFile> activeFiles = Candidates.edited(
                "points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1").replace("M,2,1,0", "M,3,1,0"));
        ChangeWarnings.Compared active = new ChangeWarnings.Compared(
                "active", TriageEngine.readPolicy(activeFiles), activeFiles, List.of(served(2, null)));
        ChangeWarnings.Compared older =
                new ChangeWarnings.Compared("older", PACKAGED.policy(), PACKAGED.files(), List.of(served(1, 2)));
        List<RulesetFile> candidateFiles = Candidates.edited("points.csv", csv -> csv.replace("M,2,1,0", "M,4,1,0"));
        ChangeWarnings.Compared candidate =
                new ChangeWarnings.Compared("candidate", TriageEngine.readPolicy(candidateFiles), candidateFiles);

        assertThat(ChangeWarnings.of(candidate, active, List.of(older, active)))
                .singleElement()
                .satisfies(warning -> assertThat(warning.message())
                        .contains("(1 line differs) than to the active active (2 lines differ): it may have started"
                                + " from an old copy, and would take back changes made since then. Start from the"
                                + " active ruleset: GET /api/v1/rulesets/active/files"));
    }

    @Test
    void aRulesetThatServedAfterTheActiveOneBeforeARollbackIsNeverCalledEarlier() {
        // older served, then active, then changed, then a rollback made active serve again.
        List<RulesetFile> activeFiles = Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1"));
        List<RulesetFile> changedFiles = Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,3,1,1"));
        ChangeWarnings.Compared active = new ChangeWarnings.Compared(
                "active", TriageEngine.readPolicy(activeFiles), activeFiles, List.of(served(2, 3), served(4, null)));
        ChangeWarnings.Compared changed = new ChangeWarnings.Compared(
                "changed", TriageEngine.readPolicy(changedFiles), changedFiles, List.of(served(3, 4)));
        ChangeWarnings.Compared older =
                new ChangeWarnings.Compared("older", PACKAGED.policy(), PACKAGED.files(), List.of(served(1, 2)));
        ChangeWarnings.Compared fromChanged =
                new ChangeWarnings.Compared("candidate", TriageEngine.readPolicy(changedFiles), changedFiles);

        assertThat(ChangeWarnings.of(fromChanged, active, List.of(changed, older)))
                .singleElement()
                .satisfies(warning -> assertThat(warning.message())
                        .doesNotContain("earlier")
                        .doesNotContain("take back changes made since")
                        .startsWith("is closer to ruleset changed, which served from 3 Dec 2026 09:00 UTC to"
                                + " 4 Dec 2026 09:00 UTC, (0 lines differ) than to the active active (1 line"
                                + " differs): it may have started from a copy of it, not of the active ruleset,"
                                + " and would make points.csv as changed had them."));
        assertThat(ChangeWarnings.of(packaged("candidate"), active, List.of(changed, older)))
                .singleElement()
                .satisfies(warning ->
                        assertThat(warning.message()).startsWith("is closer to the earlier ruleset older, which"));
    }

    @Test
    void aRulesetWhoseServingIsNotKnownIsNamedWithoutSayingWhen() {
        List<RulesetFile> activeFiles = Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1"));
        ChangeWarnings.Compared active =
                new ChangeWarnings.Compared("active", TriageEngine.readPolicy(activeFiles), activeFiles);

        assertThat(ChangeWarnings.of(packaged("candidate"), active, List.of(packaged("older"))))
                .singleElement()
                .satisfies(warning -> assertThat(warning.message())
                        .startsWith("is closer to ruleset older (0 lines differ) than to the active active"));
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
                        .contains("would make points.csv as older had them"));
    }

    /** Served from 09:00 UTC on one day of December 2026 to 09:00 on another, or on still. */
    private static ChangeWarnings.Served served(int fromDay, Integer untilDay) {
        return new ChangeWarnings.Served(
                OffsetDateTime.parse("2026-12-0" + fromDay + "T09:00:00Z"),
                untilDay == null ? null : OffsetDateTime.parse("2026-12-0" + untilDay + "T09:00:00Z"));
    }

    private static ChangeWarnings.Compared packaged(String version) {
        return new ChangeWarnings.Compared(version, PACKAGED.policy(), PACKAGED.files());
    }
}
