package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The rate of reaching the panel by group, from the counts as shown: an analyst's trial saw 13 of 15
 * (rounded to 15 of 15) read "100% (80% to 100%)", as if every child screened in the group had reached it.
 */
class OutcomeRateCellTest {

    @Test
    void aRateRoundedToAllOrNoneSaysSoOnlyWhenItIsSo() {
        assertThat(DashboardCells.rateCell(1.0, Rates.wilson(15, 15), 13, 15)).isEqualTo("under 100% (80% to 100%)");
        assertThat(DashboardCells.rateCell(1.0, Rates.wilson(15, 15), 15, 15)).isEqualTo("100% (80% to 100%)");
        assertThat(DashboardCells.rateCell(0.0, Rates.wilson(0, 15), 2, 16)).startsWith("over 0% (0% to ");
        assertThat(DashboardCells.rateCell(13.0 / 15, Rates.wilson(13, 15), 13, 15))
                .startsWith("87% (");
    }

    @Test
    void aDifferenceIsBeyondChanceOnlyWhenEveryCountBehindTheRoundedOnesSaysSo() {
        // An analyst's trial: 13 screened and 7 reached, against the rest's 32 and 21, shown rounded to 15 and
        // 5 against 30 and 20. The rounded counts' interval leaves out zero; the exact counts' does not.
        ReportSettings rounded = new ReportSettings(5, 5, ZoneId.of("Europe/London"));
        Rates.Comparison shown = Rates.compare(5, 15, 20, 30);
        assertThat(shown.beyondChance()).isEqualTo(-1);
        assertThat(Rates.compare(7, 13, 21, 32).beyondChance()).isZero();

        assertThat(DashboardCells.beyondChanceBehind(rounded, 5, 15, 20, 30)).isZero();
        assertThat(DashboardCells.finding(shown, DashboardCells.beyondChanceBehind(rounded, 5, 15, 20, 30)))
                .isEqualTo("No clear difference once the rounding is allowed for");
        // A difference no rounding could hide is claimed; exact counts (rounding to 1) are taken as they are.
        assertThat(DashboardCells.beyondChanceBehind(rounded, 5, 40, 45, 50)).isEqualTo(-1);
        assertThat(DashboardCells.finding(
                        Rates.compare(5, 40, 45, 50), DashboardCells.beyondChanceBehind(rounded, 5, 40, 45, 50)))
                .isEqualTo("Lower than the rest, beyond chance");
        ReportSettings exact = new ReportSettings(1, 1, ZoneId.of("Europe/London"));
        assertThat(DashboardCells.beyondChanceBehind(exact, 5, 15, 20, 30)).isEqualTo(-1);
        assertThat(DashboardCells.finding(Rates.compare(20, 20, 5, 20), 1))
                .isEqualTo("Higher than the rest, beyond chance");
        assertThat(DashboardCells.finding(Rates.compare(7, 13, 21, 32), -1))
                .as("nothing claimed that the counts shown do not show")
                .isEqualTo("No clear difference");
    }
}
