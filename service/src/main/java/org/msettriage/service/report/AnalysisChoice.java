package org.msettriage.service.report;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.PageProblem;

/**
 * The dashboard's choice as the form (or an address) gave it: the months, the local authority and the
 * date basis. A value given but not understood is never taken for the default, as the API's reports
 * refuse it too: the choice then holds what was not understood and what is allowed, in words, and no
 * figures are worked out for it. An absent or empty value is the default (the last 12 months, all local
 * authorities, the month assessed).
 */
record AnalysisChoice(
        AnalysisDashboard.Asked asked,
        String fromMonth,
        String toMonth,
        String localAuthority,
        String dateBasis,
        List<PageProblem> problems) {

    /** The names the dashboard reads from its address, as its form and its links write them. */
    static final List<String> NAMES = List.of("fromMonth", "toMonth", "localAuthority", "dateBasis");

    static AnalysisChoice of(
            String fromMonth, String toMonth, String localAuthority, String dateBasis, YearMonth current) {
        return of(fromMonth, toMonth, localAuthority, dateBasis, NAMES, current);
    }

    /**
     * The choice an address makes, {@code names} the names it gives. A name the dashboard does not read is
     * refused as a value it does not know is: a misspelt {@code localauthority=SUNDERLAND} showed every local
     * authority's figures under the analyst's eyes (an analyst's trial).
     */
    static AnalysisChoice of(
            String fromMonth,
            String toMonth,
            String localAuthority,
            String dateBasis,
            Collection<String> names,
            YearMonth current) {
        List<PageProblem> problems = new ArrayList<>();
        if (!NAMES.containsAll(names)) {
            // Not repeated, as a value is not: an address can carry any text, and the page would show it.
            problems.add(new PageProblem(
                    "The address names something the dashboard does not read: it reads only fromMonth, toMonth,"
                            + " localAuthority and dateBasis, written so (capitals as shown).",
                    null));
        }
        ReportMonths months;
        String formFrom;
        String formTo;
        try {
            months = ReportMonths.of(given(fromMonth), given(toMonth), current);
            formFrom = months.first().toString();
            formTo = months.last().toString();
        } catch (InvalidParametersException e) {
            months = ReportMonths.of(null, null, current);
            problems.addAll(monthsProblems(given(fromMonth), given(toMonth), current));
            // The form keeps a month it could read, so the analyst corrects the one at fault, not both.
            formFrom = readable(given(fromMonth))
                    .map(YearMonth::toString)
                    .orElse(months.first().toString());
            formTo = readable(given(toMonth))
                    .map(YearMonth::toString)
                    .orElse(months.last().toString());
        }
        String authority = given(localAuthority);
        if (authority != null && !AnalysisDashboard.localAuthorities().contains(authority)) {
            // What was given is not repeated: an address can carry any text, and the page would show it.
            problems.add(new PageProblem(
                    "The local authority chosen is not one the dashboard knows: choose one of "
                            + AnalysisDashboard.localAuthorities().stream()
                                    .map(code -> AnalysisWords.group(Dimension.LOCAL_AUTHORITY, code))
                                    .collect(Collectors.joining(", "))
                            + ", or all local authorities.",
                    "localAuthority"));
            authority = null;
        }
        String basisGiven = given(dateBasis);
        DateBasis basis = basisGiven == null
                ? DateBasis.ASSESSED
                : DateBasis.of(basisGiven).orElse(null);
        if (basis == null) {
            problems.add(new PageProblem(
                    "The month to count a referral in is not one the dashboard knows: choose the month it was"
                            + " assessed or the month the service decided it.",
                    "dateBasis"));
            basis = DateBasis.ASSESSED;
        }
        return new AnalysisChoice(
                new AnalysisDashboard.Asked(months, authority, basis),
                formFrom,
                formTo,
                authority,
                basis.parameter(),
                List.copyOf(problems));
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    /**
     * Which of the three mistakes the months hold, in words (one message for all three left the analyst
     * guessing): a month that cannot be read, the first after the last, or more months than a page shows.
     */
    private static List<PageProblem> monthsProblems(String fromMonth, String toMonth, YearMonth current) {
        Optional<YearMonth> from = readable(fromMonth);
        Optional<YearMonth> to = toMonth == null ? Optional.of(current) : readable(toMonth);
        List<PageProblem> problems = new ArrayList<>();
        if (fromMonth != null && from.isEmpty()) {
            problems.add(
                    new PageProblem("The first month could not be read: give a month such as 2026-07.", "fromMonth"));
        }
        if (to.isEmpty()) {
            problems.add(new PageProblem("The last month could not be read: give a month such as 2026-07.", "toMonth"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        YearMonth first = from.orElse(to.get().minusMonths(11));
        String named = toMonth != null ? "toMonth" : "fromMonth";
        if (first.isAfter(to.get())) {
            return List.of(new PageProblem(
                    "The first month, " + MONTH.format(first) + ", is after the last, " + MONTH.format(to.get())
                            + (toMonth == null ? " (this month, as no last month was given)" : "")
                            + ": choose a first month no later than the last.",
                    named));
        }
        return List.of(new PageProblem(
                MONTH.format(first) + " to " + MONTH.format(to.get()) + " is "
                        + (ChronoUnit.MONTHS.between(first, to.get()) + 1) + " months: the dashboard shows at most "
                        + ReportMonths.MOST + " months at once.",
                named));
    }

    /** A month as the form's month field gives it (yyyy-MM), or empty when it cannot be read as one. */
    private static Optional<YearMonth> readable(String month) {
        if (month == null || !month.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(month));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What the figures cover, in one sentence: the dashboard's form is not printed, and a printed page
     * that did not say which local authority, months and counting it shows was taken for another's (an
     * accessibility trial's print of Sunderland's months read as every authority's).
     */
    public String covers() {
        String who = localAuthority == null
                ? "All local authorities"
                : AnalysisWords.group(Dimension.LOCAL_AUTHORITY, localAuthority);
        String months = fromMonth.equals(toMonth)
                ? MONTH.format(YearMonth.parse(fromMonth))
                : MONTH.format(YearMonth.parse(fromMonth)) + " to " + MONTH.format(YearMonth.parse(toMonth));
        String counted = asked.basis() == DateBasis.DECIDED
                ? "each referral counted in the month the service decided it"
                : "each referral counted in the month it was assessed";
        return who + ", " + months + ", " + counted + ".";
    }

    /** Whether every value given was understood, so the figures are the ones asked for. */
    boolean understood() {
        return problems.isEmpty();
    }

    /** The ids of the form's fields whose values were not understood. */
    Set<String> invalidFields() {
        Set<String> fields = new HashSet<>(PageProblem.fieldsAtFault(problems));
        // The two months are one choice: whichever is named, the analyst may mend either.
        if (fields.contains("fromMonth") || fields.contains("toMonth")) {
            fields.addAll(List.of("fromMonth", "toMonth"));
        }
        return fields;
    }

    /** What was not understood, in one paragraph; null when everything was. */
    String problem() {
        return understood() ? null : problems.stream().map(PageProblem::text).collect(Collectors.joining(" "));
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
