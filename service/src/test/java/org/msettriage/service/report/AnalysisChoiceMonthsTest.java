package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.msettriage.service.problem.PageProblem;

/**
 * Months the dashboard refuses are refused for the mistake they hold, in words, and the form keeps the
 * months it could read: a trial's analyst who put the first month after the last got one message for three
 * mistakes and a form reset to the last 12 months.
 */
class AnalysisChoiceMonthsTest {

    private static final YearMonth CURRENT = YearMonth.of(2026, 12);

    private static AnalysisChoice choice(String from, String to) {
        return AnalysisChoice.of(from, to, "SUNDERLAND", null, CURRENT);
    }

    @Test
    void theFirstMonthAfterTheLastIsSaidSoAndBothAreKept() {
        AnalysisChoice refused = choice("2026-12", "2026-09");

        assertThat(refused.problems())
                .containsExactly(new PageProblem(
                        "The first month, December 2026, is after the last, September 2026: choose a first month no"
                                + " later than the last.",
                        "toMonth"));
        assertThat(refused.fromMonth()).isEqualTo("2026-12");
        assertThat(refused.toMonth()).isEqualTo("2026-09");
        assertThat(refused.localAuthority()).isEqualTo("SUNDERLAND");
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("fromMonth", "toMonth");
    }

    @Test
    void aFirstMonthAfterThisOneWithNoLastSaysWhichLastItMeant() {
        assertThat(choice("2027-02", null).problem())
                .isEqualTo("The first month, February 2027, is after the last, December 2026 (this month, as no last"
                        + " month was given): choose a first month no later than the last.");
    }

    @Test
    void tooManyMonthsAreCounted() {
        AnalysisChoice refused = choice("2023-01", "2026-12");

        assertThat(refused.problem())
                .isEqualTo(
                        "January 2023 to December 2026 is 48 months: the dashboard shows at most 36 months at once.");
        assertThat(refused.fromMonth()).isEqualTo("2023-01");
    }

    @Test
    void aMonthThatCannotBeReadIsNamedAndTheOtherKept() {
        AnalysisChoice refused = choice("2026-13", "2026-10");

        assertThat(refused.problems())
                .containsExactly(new PageProblem(
                        "The first month could not be read: give a month such as 2026-07.", "fromMonth"));
        assertThat(refused.fromMonth()).isEqualTo("2026-01");
        assertThat(refused.toMonth()).isEqualTo("2026-10");
        assertThat(choice("zzz", "2026-1x").problems())
                .extracting(PageProblem::fieldId)
                .containsExactly("fromMonth", "toMonth");
    }

    @Test
    void monthsUnderstoodAreTheFiguresAsked() {
        AnalysisChoice understood = choice("2026-09", "2026-12");

        assertThat(understood.understood()).isTrue();
        assertThat(understood.asked().months()).isEqualTo(new ReportMonths(YearMonth.of(2026, 9), CURRENT));
        assertThat(understood.fromMonth()).isEqualTo("2026-09");
    }
}
