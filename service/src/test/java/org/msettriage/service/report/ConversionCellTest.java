package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The dashboard's conversion, heard / screened as shown: rounding to 5 made 6 heard of 7 screened read
 * "100%", as if every child screened had been heard. It is worded as the share of interviews in time is.
 */
class ConversionCellTest {

    @Test
    void sixHeardOfSevenScreenedReadsUnderAHundredPercentNotAHundred() {
        assertThat(DashboardCells.conversionCell(5L, 5L, 6, 7)).isEqualTo("under 100%");
        assertThat(DashboardCells.conversionCell(10L, 10L, 8, 12)).isEqualTo("under 100%");
    }

    @Test
    void aHundredPercentOnlyWhenEveryoneScreenedWasHeard() {
        assertThat(DashboardCells.conversionCell(5L, 5L, 7, 7)).isEqualTo("100%");
        assertThat(DashboardCells.conversionCell(10L, 5L, 8, 7)).isEqualTo("200%");
    }

    @Test
    void noneOnlyWhenNoneWasHeardAndOtherwiseAsShown() {
        assertThat(DashboardCells.conversionCell(0L, 5L, 0, 6)).isEqualTo("0%");
        assertThat(DashboardCells.conversionCell(0L, 1000L, 2, 1001)).isEqualTo("over 0%");
        assertThat(DashboardCells.conversionCell(5L, 10L, 6, 11)).isEqualTo("50%");
    }

    @Test
    void nothingWhenACountIsWithheldOrNothingWasScreened() {
        assertThat(DashboardCells.conversionCell(null, 5L, 3, 7)).isEmpty();
        assertThat(DashboardCells.conversionCell(5L, 0L, 5, 0)).isEmpty();
    }
}
