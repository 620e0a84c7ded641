package org.msettriage.service.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;

/**
 * The months a panel report covers, both included, from its query parameters: by default the 12 months
 * ending with the current one. At most {@link #MOST} months, so one request cannot ask the database for
 * every month there is.
 */
record ReportMonths(YearMonth first, YearMonth last) {

    static final int MOST = 36;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** Every month from the first to the last, in order. */
    List<YearMonth> each() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** The months asked for; every problem with the parameters at once, as a 400 naming them. */
    static ReportMonths of(String fromMonth, String toMonth, YearMonth current) {
        List<ParameterProblem> problems = new ArrayList<>();
        YearMonth to = toMonth == null ? current : parse("toMonth", toMonth, problems);
        YearMonth from =
                fromMonth == null ? (to == null ? null : to.minusMonths(11)) : parse("fromMonth", fromMonth, problems);
        if (from != null && to != null) {
            // The parameter given is the one to change; toMonth when both were.
            String named = toMonth != null ? "toMonth" : "fromMonth";
            long months = ChronoUnit.MONTHS.between(from, to) + 1;
            if (months < 1) {
                problems.add(new ParameterProblem(
                        named,
                        toMonth != null
                                ? "must not be before fromMonth"
                                : "must not be after the current month when toMonth is absent"));
            } else if (months > MOST) {
                problems.add(new ParameterProblem(named, "the period must be at most " + MOST + " months"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return new ReportMonths(from, to);
    }

    /**
     * The day agreed actions are judged past due on: the last day of the last month, or today when that
     * month has not ended yet (an action due tomorrow is not late today).
     */
    LocalDate actionsJudgedOn(LocalDate today) {
        LocalDate end = last.atEndOfMonth();
        return end.isBefore(today) ? end : today;
    }

    private static YearMonth parse(String name, String value, List<ParameterProblem> problems) {
        if (MONTH.matcher(value).matches()) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeException e) {
                // A month outside 01 to 12: reported below like any other malformed value.
            }
        }
        problems.add(new ParameterProblem(name, "must be a month as yyyy-MM, for example 2026-07"));
        return null;
    }
}
