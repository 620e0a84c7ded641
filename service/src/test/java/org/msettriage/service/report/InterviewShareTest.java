package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The dashboard's share of return home interviews offered in time, from rounded counts: rounding may
 * move it, but never to a 100% that hides an interview missed, nor to a 0% that hides one offered.
 */
class InterviewShareTest {

    @Test
    void aShareIsWorkedOutFromTheCountsAsShown() {
        assertThat(DashboardCells.shareInTime(5, 10, 6, 11)).isEqualTo("50%");
        assertThat(DashboardCells.shareInTime(10, 10, 10, 10)).isEqualTo("100%");
        assertThat(DashboardCells.shareInTime(0, 10, 0, 9)).isEqualTo("0%");
    }

    @Test
    void roundingNeverHidesAnInterviewMissedOrOffered() {
        // 8 of 9 rounds to 10 of 10, which would read as every interview offered in time.
        assertThat(DashboardCells.shareInTime(10, 10, 8, 9)).isEqualTo("under 100%");
        // 1 of 9 offered rounds to 0 of 10.
        assertThat(DashboardCells.shareInTime(0, 10, 1, 9)).isEqualTo("over 0%");
    }
}
