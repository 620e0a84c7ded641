package org.msettriage.rules.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A row with several bad cells is reported at every one of them, each at its own column, so a policy
 * lead fixes them all before checking again; and one bad cell is reported once, not again as what
 * follows from it.
 */
class EveryMistakeInARowTest {

    Map<String, String> tables;

    @BeforeEach
    void readPackagedTables() throws IOException {
        tables = PackagedTables.read();
    }

    @Test
    void anIndicatorRowWithThreeBadCellsIsReportedAtEachCell() {
        edit(
                PolicyFiles.INDICATORS,
                "CSE02,CSE,S,RISK,Relationship with an older",
                "CSE02,CSX,,RISK,Relationship with {older_adult} an older");

        assertProblems(
                "indicators.csv:3:2: unknown category 'CSX' (see categories.csv)",
                "indicators.csv:3:3: column 'tier' is empty",
                "indicators.csv:3:5: names {older_adult}, which is not a setting (see settings.csv)");
    }

    @Test
    void anActionRowWithThreeBadCellsIsReportedAtEachCell() {
        edit(
                PolicyFiles.ACTIONS,
                "EARLY_HELP,EARLY_HELP,WITHIN_7_DAYS,Offer early help",
                "EARLY_HELP,,WITHIN_A_WEEK,Offer {within_days} early help");

        assertProblems(
                "actions.csv:26:2: column 'lead_agency' is empty",
                "actions.csv:26:3: unknown timescale 'WITHIN_A_WEEK' (see timescales.csv)",
                "actions.csv:26:4: names {within_days}, which is not a setting (see settings.csv)");
    }

    @Test
    void aPointsRowWithTwoBadNumbersIsReportedAtEachNumber() {
        edit(PolicyFiles.POINTS, "S,5,2,1", "S,five,2,one");

        assertProblems(
                "points.csv:3:2: column 'CURRENT' is not a whole number: five",
                "points.csv:3:4: column 'HISTORIC' is not a whole number: one");
    }

    @Test
    void aScoreBandThatLeavesAGapWithALegacyLevelMisspeltIsReportedAtBothCells() {
        edit(PolicyFiles.SCORE_BANDS, "EMERGING,6,12,LOW", "EMERGING,7,12,LWO");

        assertProblems(
                "score-bands.csv:3:2: leaves a gap: no band covers scores 6 to 6; expected this band to start at 6",
                "score-bands.csv:3:4: column 'legacy_level' has an unknown value: LWO; expected one of LOW, MEDIUM,"
                        + " HIGH");
    }

    @Test
    void aMisspeltLevelIsNotAlsoReportedAsALevelWithNoBand() {
        edit(PolicyFiles.SCORE_BANDS, "EMERGING,6,12,LOW", "EMERGNG,6,12,LWO");

        assertProblems(
                "score-bands.csv:3:1: column 'level' has an unknown value: EMERGNG; expected one of NONE, EMERGING,"
                        + " MODERATE, SIGNIFICANT",
                "score-bands.csv:3:4: column 'legacy_level' has an unknown value: LWO; expected one of LOW, MEDIUM,"
                        + " HIGH");
    }

    @Test
    void aMaxScoreThatIsNotANumberDoesNotMakeTheNextBandLeaveAGap() {
        edit(PolicyFiles.SCORE_BANDS, "EMERGING,6,12,LOW", "EMERGING,6,twelve,LOW");

        assertProblems("score-bands.csv:3:3: column 'max_score' is not a whole number: twelve");
    }

    @Test
    void aSettingGivenTwiceWithAValueThatIsNotANumberIsReportedAtBothCells() {
        tables.put(PolicyFiles.SETTINGS, tables.get(PolicyFiles.SETTINGS) + "current_window_days,ninety,again\n");

        assertProblems(
                "settings.csv:14:1: setting 'current_window_days' is given twice",
                "settings.csv:14:2: column 'value' is not a whole number: ninety");
    }

    @Test
    void anActionRuleRowWithThreeBadCellsIsReportedAtEachCell() {
        edit(
                PolicyFiles.ACTION_RULES,
                "STRATEGY_DISCUSSION,A child needing immediate safeguarding needs a strategy discussion,child,,,,,"
                        + "IMMEDIATE_SAFEGUARDING,",
                "STRATEGY_DISCUSION,A child needing immediate safeguarding needs a strategy discussion,kid,,,,,"
                        + "IMMEDIATE,");

        assertProblems(
                "action-rules.csv:3:2: unknown action 'STRATEGY_DISCUSION' (see actions.csv)",
                "action-rules.csv:3:4: 'kid' is not one of: adult, child (or leave it blank)",
                "action-rules.csv:3:9: unknown pathway 'IMMEDIATE'; it is one of IMMEDIATE_SAFEGUARDING, MSET_PANEL,"
                        + " PRE_MSET, SINGLE_AGENCY");
    }

    @Test
    void everyUnknownCodeOfOneCellIsNamedInItsOneProblem() {
        edit(
                PolicyFiles.ACTION_RULES,
                "order,,,,,,,,CSE01 CSE05 ONL01,,,,,,,,,,,,,adult,",
                "order,,,,,,,,CSE1 CSE05 ONL1,,,,,,,,,OVR_X ADDS_Y PANEL_Z,,,,adult,");

        assertProblems(
                "action-rules.csv:17:11: unknown indicators 'CSE1', 'ONL1' (see indicators.csv)",
                "action-rules.csv:17:20: 'ADDS_Y', 'PANEL_Z' are not codes of this kind: they start OVR_");
    }

    @Test
    void aBandWhoseMinimumIsNotANumberIsNotAlsoSaidToLeaveItsLevelWithoutABand() {
        edit(PolicyFiles.SCORE_BANDS, "EMERGING,6,12,LOW", "EMERGING,six,12,LOW");

        assertProblems("score-bands.csv:3:2: column 'min_score' is not a whole number: six");
    }

    @Test
    void aMisspeltMovedCellIsNotAlsoReportedAtTheExplanationNamingTheMovement() {
        edit(
                PolicyFiles.ACTION_RULES,
                "Movement across boundaries is shared with the other area,,,,,,,,,,,,,,,,,,,,,,,yes,",
                "Movement across boundaries is shared with the other area,,,,,,,,,,,,,,,,,,,,,,,yse,");

        assertProblems("action-rules.csv:26:26: 'yse' is not one of: no, yes (or leave it blank)");
    }

    @Test
    void aCategoryRowWithThreeBadCellsIsReportedAtEachCellAndItsIndicatorsAreNotRefused() {
        edit(
                PolicyFiles.CATEGORIES,
                "CSE,Sexual exploitation,CSE,sexual exploitation,exploitation",
                "CSE,,CSE,,exploitations");

        assertProblems(
                "categories.csv:2:2: column 'title' is empty",
                "categories.csv:2:4: column 'concern' is empty",
                "categories.csv:2:5: 'exploitations' is not a kind of category: give exploitation or missing, or leave"
                        + " it blank");
    }

    @Test
    void aTimescaleWhoseHoursAreNotANumberIsReportedThereAndNotAtTheActionsNamingIt() {
        edit(PolicyFiles.TIMESCALES, "WITHIN_7_DAYS,168,", "WITHIN_7_DAYS,a week,");

        assertProblems("timescales.csv:5:2: column 'hours' is not a whole number: a week");
    }

    @Test
    void aTierRowWithTwoBadCellsIsReportedAtEachCell() {
        tables.put(PolicyFiles.TIERS, tables.get(PolicyFiles.TIERS) + "X,,a tier points.csv does not score\n");

        assertProblems(
                "tiers.csv:" + lines(PolicyFiles.TIERS) + ":1: names tier 'X', which points.csv does not score",
                "tiers.csv:" + lines(PolicyFiles.TIERS) + ":2: column 'name' is empty");
    }

    private int lines(String table) {
        return tables.get(table).split("\n").length;
    }

    private void edit(String table, String from, String to) {
        String content = tables.get(table);
        Assertions.assertThat(content).as(table).contains(from);
        tables.put(table, content.replace(from, to));
    }

    private void assertProblems(String... expected) {
        assertThatThrownBy(() -> Policy.read(tables))
                .isInstanceOfSatisfying(
                        InvalidPolicyException.class,
                        e -> Assertions.assertThat(e.problems())
                                .extracting(Throwable::getMessage)
                                .containsExactly(expected));
    }
}
