package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The dashboard's intervals against the worked examples they come from: Newcombe (1998), "Two-sided
 * confidence intervals for the single proportion" (81 of 263) and "Interval estimation for the
 * difference between independent proportions" (56 of 70 against 48 of 80, method 10).
 */
class RatesTest {

    @Test
    void wilsonsIntervalMatchesNewcombesWorkedExample() {
        Rates.Interval interval = Rates.wilson(81, 263);

        assertThat(interval.low()).isCloseTo(0.2553, within(0.0005));
        assertThat(interval.high()).isCloseTo(0.3662, within(0.0005));
    }

    @Test
    void theDifferenceMatchesNewcombesMethodTenAndIsBeyondChance() {
        Rates.Comparison comparison = Rates.compare(56, 70, 48, 80);

        assertThat(comparison.rate()).isCloseTo(0.8, within(1e-9));
        assertThat(comparison.restRate()).isCloseTo(0.6, within(1e-9));
        assertThat(comparison.difference().low()).isCloseTo(0.0524, within(0.0005));
        assertThat(comparison.difference().high()).isCloseTo(0.3339, within(0.0005));
        assertThat(comparison.beyondChance()).isEqualTo(1);
        assertThat(Rates.compare(48, 80, 56, 70).beyondChance()).isEqualTo(-1);
    }

    @Test
    void theDashboardShowsTheDifferenceItselfBesideItsInterval() {
        // 80% against 60%: 20 points, between 5 and 33 (Newcombe's method 10, as above).
        assertThat(DashboardCells.differenceCell(Rates.compare(56, 70, 48, 80))).isEqualTo("+20 (+5 to +33)");
        assertThat(DashboardCells.differenceCell(Rates.compare(48, 80, 56, 70))).isEqualTo("-20 (-33 to -5)");
        assertThat(DashboardCells.differenceCell(Rates.compare(5, 10, 5, 10))).startsWith("0 (-");
    }

    @Test
    void aDifferenceWhoseIntervalHoldsZeroIsNotBeyondChance() {
        Rates.Comparison comparison = Rates.compare(6, 10, 5, 10);

        assertThat(comparison.difference().low()).isNegative();
        assertThat(comparison.difference().high()).isPositive();
        assertThat(comparison.beyondChance()).isZero();
    }

    @Test
    void anIntervalNeverLeavesZeroToOne() {
        assertThat(Rates.wilson(0, 5).low()).isZero();
        assertThat(Rates.wilson(5, 5).high()).isEqualTo(1.0);
    }
}
