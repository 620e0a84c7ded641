package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;

/** The months of a panel report from its parameters: the defaults, and each refusal naming its parameter. */
class ReportMonthsTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void eachMonthFromTheFirstToTheLastInOrder() {
        assertThat(new ReportMonths(YearMonth.of(2025, 11), YearMonth.of(2026, 2)).each())
                .containsExactly(
                        YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        assertThat(new ReportMonths(YearMonth.of(2026, 7), YearMonth.of(2026, 7)).each())
                .containsExactly(YearMonth.of(2026, 7));
    }

    @Test
    void withoutParametersTheTwelveMonthsEndingWithTheCurrentOne() {
        assertThat(ReportMonths.of(null, null, NOW))
                .isEqualTo(new ReportMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
    }

    @Test
    void onlyToMonthGivenCountsTheTwelveMonthsEndingWithIt() {
        assertThat(ReportMonths.of(null, "2025-06", NOW))
                .isEqualTo(new ReportMonths(YearMonth.of(2024, 7), YearMonth.of(2025, 6)));
    }

    @Test
    void onlyFromMonthGivenCountsUpToTheCurrentMonth() {
        assertThat(ReportMonths.of("2026-11", null, NOW))
                .isEqualTo(new ReportMonths(YearMonth.of(2026, 11), YearMonth.of(2026, 12)));
    }

    @Test
    void oneMonthAndThirtySixMonthsAreAnswered() {
        assertThat(ReportMonths.of("2026-03", "2026-03", NOW).first()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(ReportMonths.of("2024-01", "2026-12", NOW).first()).isEqualTo(YearMonth.of(2024, 1));
    }

    @Test
    void toMonthBeforeFromMonthIsRefusedNamingToMonth() {
        assertThat(problems("2026-05", "2026-04"))
                .extracting(ParameterProblem::parameter)
                .containsExactly("toMonth");
    }

    @Test
    void aFromMonthAfterTheCurrentMonthWithoutToMonthIsRefusedNamingFromMonth() {
        assertThat(problems("2027-01", null))
                .extracting(ParameterProblem::parameter)
                .containsExactly("fromMonth");
    }

    @Test
    void moreThanThirtySixMonthsIsRefused() {
        assertThat(problems("2023-12", "2026-12"))
                .extracting(ParameterProblem::parameter)
                .containsExactly("toMonth");
        assertThat(problems("2023-12", null))
                .extracting(ParameterProblem::parameter)
                .containsExactly("fromMonth");
    }

    @Test
    void malformedMonthsAreRefusedNamingEach() {
        assertThat(problems("2026-13", "July"))
                .extracting(ParameterProblem::parameter)
                .containsExactly("toMonth", "fromMonth");
        assertThat(problems("2026-7", null))
                .extracting(ParameterProblem::parameter)
                .containsExactly("fromMonth");
        assertThat(problems("2026-07-01", null))
                .extracting(ParameterProblem::parameter)
                .containsExactly("fromMonth");
    }

    private static List<ParameterProblem> problems(String fromMonth, String toMonth) {
        return catchThrowableOfType(InvalidParametersException.class, () -> ReportMonths.of(fromMonth, toMonth, NOW))
                .problems();
    }
}
