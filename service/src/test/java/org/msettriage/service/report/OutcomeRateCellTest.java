package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rate of reaching the panel by group, from the counts as shown: an analyst's trial saw 13 of 15
 * (rounded to 15 of 15) read "100% (80% to 100%)", as if every child screened in the group had reached it.
 */
class OutcomeRateCellTest {

    @Test
    void aRateRoundedToAllOrNoneSaysSoOnlyWhenItIsSo() {
        assertThat(AnalysisDashboard.rateCell(1.0, Rates.wilson(15, 15), 13, 15))
                .isEqualTo("under 100% (80% to 100%)");
        assertThat(AnalysisDashboard.rateCell(1.0, Rates.wilson(15, 15), 15, 15))
                .isEqualTo("100% (80% to 100%)");
        assertThat(AnalysisDashboard.rateCell(0.0, Rates.wilson(0, 15), 2, 16)).startsWith("over 0% (0% to ");
        assertThat(AnalysisDashboard.rateCell(13.0 / 15, Rates.wilson(13, 15), 13, 15))
                .startsWith("87% (");
    }
}
