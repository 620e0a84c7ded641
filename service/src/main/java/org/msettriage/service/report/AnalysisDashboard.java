package org.msettriage.service.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.msettriage.service.report.AnalysisFigures.Counted;
import org.msettriage.service.report.AnalysisFigures.Interviews;
import org.msettriage.service.report.AnalysisTable.Row;
import org.msettriage.service.report.PanelFigures.MonthFigures;
import org.springframework.stereotype.Component;

/**
 * The analysts' dashboard as tables: counted by {@link AnalysisFigures} and {@link PanelFigures}, every
 * count withheld or rounded under {@link ReportSettings}, each line of parts of a total under {@link
 * Disclosure}'s secondary suppression, a note wherever rounded parts do not add up to their rounded total,
 * and outcome rates by group compared with the rest (see {@link Rates}), from the counts as shown.
 */
@Component
class AnalysisDashboard {

    /** What the dashboard is of: the months, one local authority or all (null), and the date basis. */
    record Asked(ReportMonths months, String localAuthority, DateBasis basis) {}

    static final List<String> EXIT_REASONS = List.of(
            "SUFFICIENTLY_SAFE",
            "NOTHING_MORE_MSET_CAN_OFFER",
            "MOVED_OUT_OF_AREA",
            "TURNED_18_TRANSITIONED",
            "CHILD_PROTECTION_LEADS",
            "OTHER");
    static final List<Dimension> PROFILES = List.of(
            Dimension.GENDER,
            Dimension.AGE_BAND,
            Dimension.CARE_STATUS,
            Dimension.REFERRING_AGENCY,
            Dimension.EXPLOITATION_TYPE);
    private static final Interviews NO_INTERVIEWS = new Interviews(0, 0);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final AnalysisFigures figures;
    private final PanelFigures panel;
    private final AgreedActions agreedActions;
    private final ReportSettings settings;
    private final PanelUnmetFigures unmet;
    private final RuleTitles titles;

    AnalysisDashboard(
            AnalysisFigures figures,
            PanelFigures panel,
            AgreedActions agreedActions,
            ReportSettings settings,
            PanelUnmetFigures unmet,
            RuleTitles titles) {
        this.figures = figures;
        this.panel = panel;
        this.agreedActions = agreedActions;
        this.settings = settings;
        this.unmet = unmet;
        this.titles = titles;
    }

    /**
     * The dashboard's tables for a choice, and whether no referral at all was made in it: every table then
     * reads 0 or nothing, which the page says in words rather than leave a reader to work out from the zeros
     * (an analyst's trial).
     */
    record Shown(List<AnalysisTable> tables, String noReferrals) {}

    List<AnalysisTable> tables(Asked asked) {
        return shown(asked).tables();
    }

    /**
     * That no referral was made in the choice, in words. The table of every local authority counts the
     * others whichever one is chosen, so the sentence names the one chosen and leaves that table out (a
     * review).
     */
    private static String noReferrals(Asked asked) {
        if (asked.localAuthority() == null) {
            return "No referral was made in these months: every count of referrals, children and screening below"
                    + " is 0. The panel's hearings, exits and agreed actions are counted as ever.";
        }
        // A place keeps its capital mid-sentence; "Another local authority" does not (an analyst's trial).
        String named = "OTHER".equals(asked.localAuthority())
                ? "another local authority"
                : AnalysisWords.group(Dimension.LOCAL_AUTHORITY, asked.localAuthority());
        return "No referral naming " + named
                + " was made in these months: its counts of referrals, children and screening below are 0. The"
                + " table of every local authority still counts the others, and the panel's hearings, exits and"
                + " agreed actions are counted as ever.";
    }

    Shown shown(Asked asked) {
        List<YearMonth> months = asked.months().each();
        AnalysisFigures.Period byMonth = new AnalysisFigures.Period(
                asked.basis(),
                AnalysisFigures.startOf(months.get(0), settings.zone()),
                AnalysisFigures.startOf(months.get(months.size() - 1).plusMonths(1), settings.zone()),
                months,
                settings.zone());
        AnalysisFigures.Period whole = new AnalysisFigures.Period(
                byMonth.basis(), byMonth.from(), byMonth.before(), List.of(), settings.zone());
        List<Counted> all = figures.counted(byMonth);
        Predicate<Counted> chosen =
                c -> asked.localAuthority() == null || asked.localAuthority().equals(c.localAuthority());
        List<Counted> rows = all.stream().filter(chosen).toList();
        List<MonthFigures> heard = panel.months(
                months.get(0), months.get(months.size() - 1), settings.zone(), PanelReportMapper.localAuthorities());
        List<MonthFigures> heardHere = heard.stream()
                .filter(h ->
                        asked.localAuthority() == null || asked.localAuthority().equals(h.localAuthority()))
                .toList();
        Map<String, Long> childrenByMonth = figures.children(byMonth, asked.localAuthority() != null);
        Map<String, Long> childrenByAuthority = figures.children(whole, true);
        Map<String, Long> screenedHeardByMonth = figures.screenedHeard(byMonth, asked.localAuthority() != null);
        Map<String, Long> screenedHeardByAuthority = figures.screenedHeard(whole, true);

        List<AnalysisTable> tables = new ArrayList<>();
        tables.add(byMonth(months, rows, heardHere, childrenByMonth, screenedHeardByMonth, asked.localAuthority()));
        tables.add(byAuthority(all, heard, childrenByAuthority, screenedHeardByAuthority));
        tables.add(PanelUnmetTable.of(
                PanelUnmetTable.counted(
                        unmet.screened(whole).stream()
                                .filter(s -> asked.localAuthority() == null
                                        || asked.localAuthority().equals(s.localAuthority()))
                                .toList(),
                        settings.shown(Tally.decisions(rows, r -> true)),
                        settings),
                titles.byId()));
        tables.add(partsByMonth("risk-levels", "Referrals by risk level", months, rows, Dimension.RISK_LEVEL));
        tables.add(partsByMonth("pathways", "Referrals by route", months, rows, Dimension.PATHWAY));
        tables.add(exits(months, heardHere));
        tables.add(agreedActions(asked, heardHere));
        tables.add(interviews(
                months,
                rows,
                figures.interviews(byMonth, asked.localAuthority() != null),
                figures.interviews(whole, asked.localAuthority() != null),
                asked.localAuthority()));
        for (Dimension dimension : PROFILES) {
            tables.add(profile(dimension, rows));
        }
        tables.add(outcomeRates(rows));
        return new Shown(tables, rows.stream().mapToLong(Counted::decisions).sum() == 0 ? noReferrals(asked) : null);
    }

    private AnalysisTable byMonth(
            List<YearMonth> months,
            List<Counted> rows,
            List<MonthFigures> heard,
            Map<String, Long> children,
            Map<String, Long> screenedHeard,
            String authority) {
        List<Row> lines = new ArrayList<>();
        for (YearMonth month : months) {
            List<Counted> theirs = Tally.ofMonth(rows, month.toString());
            List<MonthFigures> ofMonth =
                    heard.stream().filter(h -> h.month().equals(month)).toList();
            long heardInMonth = ofMonth.stream().mapToLong(MonthFigures::heard).sum();
            long heardAgain = ofMonth.stream()
                    .mapToLong(MonthFigures::childrenHeardMoreThanOnce)
                    .sum();
            String key = AnalysisFigures.childrenKey(month.toString(), authority, authority != null);
            List<String> cells = new ArrayList<>(outcomes(
                    MONTH.format(month),
                    theirs,
                    children.getOrDefault(key, 0L),
                    heardInMonth,
                    screenedHeard.getOrDefault(key, 0L)));
            // Policy v1.1 section 11's figure, given by the API and missing here (a coordinator's trial).
            cells.add(DashboardCells.cell(Disclosure.part(heardAgain, settings.shown(heardInMonth), settings)));
            lines.add(new Row(cells, false));
        }
        List<String> headers = new ArrayList<>(OUTCOME_HEADERS.apply("Month"));
        headers.add("Children heard more than once");
        return new AnalysisTable(
                "by-month",
                "Referrals, children and the panel by month",
                "bar",
                List.of(1, 3, 4, 5),
                headers,
                lines,
                List.of("Heard counts the panel's hearings in the month of the meeting, reviews of agreed plans and"
                        + " referrals screened in earlier months included, so it can be more than screened."
                        + " Conversion is the share of the month's screened referrals that were heard at a meeting,"
                        + " in that month or a later one (so a recent month's can still rise), worked out from the"
                        + " counts as shown, except that it never reads 100% while fewer of them were heard, nor 0%"
                        + " while some were: it reads \"under 100%\" or \"over 0%\" instead. It leaves out"
                        + " referrals naming no local authority, which are on no meeting's agenda. A blank conversion"
                        + " cannot be worked out: a count it needs is withheld, or none were screened."
                        + " Children are counted once in each month they were referred. Children heard more than"
                        + " once are those heard in the month who had been heard at an earlier meeting of the same"
                        + " local authority."));
    }

    /** Each count column across the local authorities is a line of parts of the period's total. */
    private AnalysisTable byAuthority(
            List<Counted> all, List<MonthFigures> heard, Map<String, Long> children, Map<String, Long> screenedHeard) {
        List<String> authorities = Dimension.LOCAL_AUTHORITY.groups();
        List<Long> referrals = Disclosure.line(Tally.byGroup(all, Dimension.LOCAL_AUTHORITY, r -> true), settings);
        List<Long> exactScreened = Tally.byGroup(all, Dimension.LOCAL_AUTHORITY, Tally::screened);
        List<Long> screened = Disclosure.partsOf(exactScreened, referrals, settings);
        List<Long> eligible = Disclosure.partsOf(
                Tally.byGroup(all, Dimension.LOCAL_AUTHORITY, Tally::panelEligible), screened, settings);
        List<Long> exactHeard = authorities.stream()
                .map(authority -> heard.stream()
                        .filter(h -> h.localAuthority().equals(authority))
                        .mapToLong(MonthFigures::heard)
                        .sum())
                .toList();
        List<Long> heardThere = Disclosure.line(exactHeard, settings);
        List<Long> exactScreenedHeard = authorities.stream()
                .map(authority -> screenedHeard.getOrDefault(AnalysisFigures.childrenKey(null, authority, true), 0L))
                .toList();
        List<Long> screenedHeardThere = Disclosure.partsOf(exactScreenedHeard, screened, settings);
        // Withheld as a line, as every other column is: one withheld alone could be worked out from the rest.
        List<Long> childrenThere = Disclosure.partsOf(
                authorities.stream()
                        .map(authority -> children.getOrDefault(AnalysisFigures.childrenKey(null, authority, true), 0L))
                        .toList(),
                referrals,
                settings);
        List<Row> lines = new ArrayList<>();
        for (int i = 0; i < authorities.size(); i++) {
            lines.add(new Row(
                    List.of(
                            AnalysisWords.group(Dimension.LOCAL_AUTHORITY, authorities.get(i)),
                            DashboardCells.cell(referrals.get(i)),
                            DashboardCells.cell(childrenThere.get(i)),
                            DashboardCells.cell(screened.get(i)),
                            DashboardCells.cell(eligible.get(i)),
                            DashboardCells.cell(heardThere.get(i)),
                            authorities.get(i) == null
                                    ? ""
                                    : DashboardCells.conversionCell(
                                            screenedHeardThere.get(i),
                                            screened.get(i),
                                            exactScreenedHeard.get(i),
                                            exactScreened.get(i))),
                    false));
        }
        return new AnalysisTable(
                "by-authority",
                "Referrals, children and the panel in every local authority, over the months chosen",
                "bar",
                List.of(1, 3, 4, 5),
                OUTCOME_HEADERS.apply("Local authority"),
                lines,
                List.of(
                        "Every local authority, whichever one is chosen above. Where one local authority's count in a"
                                + " column is withheld, another's is too, so that it cannot be worked out from the"
                                + " column's total; and where a local authority's referrals are withheld, so is"
                                + " every count of them, its 0s included.",
                        "Conversion is the share of the screened referrals that were heard at a meeting; it never"
                                + " reads 100% while fewer of them were heard, nor 0% while some were: it reads"
                                + " \"under 100%\" or \"over 0%\" instead. A blank conversion cannot be worked out: a"
                                + " count it needs is withheld, or none were screened. Referrals naming no local"
                                + " authority have none: meetings are held for a local authority, so they are on no"
                                + " agenda."));
    }

    private static final java.util.function.Function<String, List<String>> OUTCOME_HEADERS = first -> List.of(
            first, "Referrals", "Children", "Screened (Pre-MSET eligible)", "Panel eligible", "Heard", "Conversion");

    private List<String> outcomes(String label, List<Counted> rows, long children, long heard, long screenedHeard) {
        Long referrals = settings.shown(Tally.decisions(rows, r -> true));
        Long screened = Disclosure.part(Tally.decisions(rows, Tally::screened), referrals, settings);
        // Conversion is over the screened referrals that could be heard: one naming no local authority is on
        // no meeting's agenda, and the panel report leaves it out too (an analyst's trial read 33% here
        // against the report's 36% for the same month).
        long exactPlaced = Tally.decisions(rows, r -> Tally.screened(r) && r.localAuthority() != null);
        Long placed = Disclosure.part(exactPlaced, screened, settings);
        return List.of(
                label,
                DashboardCells.cell(referrals),
                DashboardCells.cell(Disclosure.part(children, referrals, settings)),
                DashboardCells.cell(screened),
                DashboardCells.cell(Disclosure.part(Tally.decisions(rows, Tally::panelEligible), screened, settings)),
                DashboardCells.cell(settings.shown(heard)),
                DashboardCells.conversionCell(
                        Disclosure.part(screenedHeard, placed, settings), placed, screenedHeard, exactPlaced));
    }

    /** Referrals by month split by a dimension: each row a line of parts of its total. */
    private AnalysisTable partsByMonth(
            String id, String title, List<YearMonth> months, List<Counted> rows, Dimension dimension) {
        List<String> headers = new ArrayList<>(List.of("Month", "Referrals"));
        dimension.groups().forEach(g -> headers.add(AnalysisWords.group(dimension, g)));
        List<Row> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<List<Counted>> perMonth = new ArrayList<>();
        months.forEach(m -> perMonth.add(Tally.ofMonth(rows, m.toString())));
        perMonth.add(rows);
        for (int i = 0; i < perMonth.size(); i++) {
            String label = i < months.size() ? MONTH.format(months.get(i)) : "All months";
            long total = Tally.decisions(perMonth.get(i), r -> true);
            lines.add(line(
                    label,
                    total,
                    Tally.byGroup(perMonth.get(i), dimension, r -> true),
                    settings.shown(total),
                    i == months.size(),
                    notes));
        }
        return new AnalysisTable(id, title, "stacked", range(2, headers.size()), headers, lines, notes);
    }

    /**
     * A row of parts of its total (a month's referrals by route, its exits by reason), the total itself
     * part of a count shown as {@code shownWhole} (the referrals; for exits, the month's hearings): all
     * withheld where that is. A decision stored before routes were kept has none, so the parts need not add
     * up to the total.
     */
    private Row line(
            String label, long total, List<Long> exactParts, Long shownWhole, boolean isTotal, List<String> notes) {
        Long shownTotal = Disclosure.part(total, shownWhole, settings);
        List<Long> parts = Disclosure.lineWithin(exactParts, total, shownWhole, settings);
        if (!Disclosure.addsUp(parts, shownTotal)) {
            notes.add(label + ": the rounded parts add up to "
                    + parts.stream().mapToLong(Long::longValue).sum() + ", not the rounded total of " + shownTotal
                    + ", because each figure is rounded on its own.");
        }
        List<String> cells = new ArrayList<>(List.of(label, DashboardCells.cell(shownTotal)));
        parts.forEach(p -> cells.add(DashboardCells.cell(p)));
        return new Row(cells, isTotal);
    }

    private AnalysisTable exits(List<YearMonth> months, List<MonthFigures> heard) {
        List<String> headers = new ArrayList<>(List.of("Month", "Exits"));
        EXIT_REASONS.forEach(r -> headers.add(AnalysisWords.exitReason(r)));
        List<Row> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i <= months.size(); i++) {
            YearMonth month = i < months.size() ? months.get(i) : null;
            List<MonthFigures> theirs = heard.stream()
                    .filter(h -> month == null || h.month().equals(month))
                    .toList();
            List<Long> parts = EXIT_REASONS.stream()
                    .map(r -> theirs.stream()
                            .mapToLong(h -> h.exits().getOrDefault(r, 0L))
                            .sum())
                    .toList();
            // An exit is one of the month's hearings: beside a withheld count of them, even 0s are theirs.
            lines.add(line(
                    month == null ? "All months" : MONTH.format(month),
                    parts.stream().mapToLong(Long::longValue).sum(),
                    parts,
                    settings.shown(
                            theirs.stream().mapToLong(MonthFigures::heard).sum()),
                    month == null,
                    notes));
        }
        return new AnalysisTable(
                "exits", "Exits from MSET by reason", "stacked", range(2, headers.size()), headers, lines, notes);
    }

    /**
     * The chosen local authorities' agreed actions over all the months, by lead agency: withheld where the
     * plans agreed are, as a few children's plans would be theirs.
     */
    private AnalysisTable agreedActions(Asked asked, List<MonthFigures> heard) {
        LocalDate judgedOn = asked.months().actionsJudgedOn(LocalDate.now(settings.zone()));
        Map<String, AgreedActions.Led> led = new HashMap<>();
        agreedActions
                .byMonth(asked.months().first(), asked.months().last(), judgedOn)
                .forEach((monthAndAuthority, agencies) -> {
                    if (asked.localAuthority() == null || monthAndAuthority.endsWith(" " + asked.localAuthority())) {
                        agencies.forEach((agency, counts) -> led.merge(agency, counts, AgreedActions.Led::plus));
                    }
                });
        return AgreedActionsTable.of(
                led,
                judgedOn,
                settings.shown(
                        heard.stream().mapToLong(MonthFigures::plansAgreed).sum()),
                settings);
    }

    /**
     * Interviews due and offered in time, of the referrals of each month and of all months: withheld where
     * those referrals' count is, as what few children's episodes were is theirs alone.
     */
    private AnalysisTable interviews(
            List<YearMonth> months,
            List<Counted> rows,
            Map<String, Interviews> byMonth,
            Map<String, Interviews> whole,
            String authority) {
        List<Row> lines = new ArrayList<>();
        for (int i = 0; i <= months.size(); i++) {
            Interviews theirs = i < months.size()
                    ? byMonth.getOrDefault(
                            AnalysisFigures.childrenKey(months.get(i).toString(), authority, authority != null),
                            NO_INTERVIEWS)
                    : whole.getOrDefault(
                            AnalysisFigures.childrenKey(null, authority, authority != null), NO_INTERVIEWS);
            long exactDue = theirs.due();
            long exactOffered = theirs.offered();
            List<Counted> referrals =
                    i < months.size() ? Tally.ofMonth(rows, months.get(i).toString()) : rows;
            Long due = Disclosure.part(exactDue, settings.shown(Tally.decisions(referrals, r -> true)), settings);
            Long offered = Disclosure.part(exactOffered, due, settings);
            lines.add(new Row(
                    List.of(
                            i < months.size() ? MONTH.format(months.get(i)) : "All months",
                            DashboardCells.cell(due),
                            DashboardCells.cell(offered),
                            due == null || offered == null || due == 0
                                    ? ""
                                    : DashboardCells.shareInTime(offered, due, exactOffered, exactDue)),
                    i == months.size()));
        }
        return new AnalysisTable(
                "interviews",
                "Return home interviews offered within 72 hours",
                "bar",
                List.of(1, 2),
                List.of("Month", "Interviews due", "Offered within 72 hours", "Share offered in time"),
                lines,
                List.of(
                        "Of the returned missing episodes each referral reports that ended within 90 days before it"
                                + " was assessed: due once completed, refused, or 72 hours after the return; offered in"
                                + " time when completed within 72 hours of the return, or refused (a refusal is an offer"
                                + " and carries no time). An episode reported in several referrals about the child"
                                + " counts once, in each month one of them falls in, and once in all months; so the"
                                + " months need not add up to all months. Referrals stored before the service kept"
                                + " their episodes apart still count theirs in each.",
                        "The share is worked out from the counts as shown (withheld and rounded), except that it"
                                + " never reads 100% while an interview due was not offered in time, nor 0% while one"
                                + " was: it reads \"under 100%\" or \"over 0%\" instead. A blank share cannot be"
                                + " worked out: a count it needs is withheld, or no interview was due."));
    }

    /** The columns of a profile table: its groups' referrals, of those the screened, of those the eligible. */
    private static final List<Predicate<Counted>> PROFILE_COLUMNS =
            List.of(r -> true, Tally::screened, Tally::panelEligible);

    /**
     * The columns of a dimension's groups as every table shows them, each a part of the one before it: parts
     * of a total withheld as a line (one withheld count takes another with it), other groups each on its
     * own, and a group's count withheld where its count in the column before is. The profile tables and the
     * rates by group show the same counts, so that neither gives away what the other withholds.
     */
    private List<List<Long>> shownColumns(Dimension dimension, List<Counted> rows) {
        List<List<Long>> columns = new ArrayList<>();
        List<Long> wholes = null;
        for (Predicate<Counted> column : PROFILE_COLUMNS) {
            List<Long> exact = Tally.byGroup(rows, dimension, column);
            long total = Tally.decisions(rows, column);
            wholes = dimension.partsOfTheTotal()
                    ? Disclosure.partsOf(exact, total, wholes, settings)
                    : Disclosure.each(exact, total, wholes, settings);
            columns.add(wholes);
        }
        return columns;
    }

    private AnalysisTable profile(Dimension dimension, List<Counted> rows) {
        List<List<Long>> columns = shownColumns(dimension, rows);
        List<List<Long>> shown = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> headers = List.of(AnalysisWords.dimension(dimension), "Referrals", "Screened", "Panel eligible");
        Long total = null;
        for (int c = 0; c < columns.size(); c++) {
            List<Long> column = columns.get(c);
            long exactTotal = Tally.decisions(rows, PROFILE_COLUMNS.get(c));
            // Each column's total is a part of the one before it, as its groups are.
            total = c == 0 ? settings.shown(exactTotal) : Disclosure.part(exactTotal, total, settings);
            if (dimension.partsOfTheTotal() && !Disclosure.addsUp(column, total)) {
                notes.add(headers.get(c + 1) + ": the rounded groups add up to "
                        + column.stream().mapToLong(Long::longValue).sum() + ", not the rounded total of " + total
                        + ", because each figure is rounded on its own.");
            }
            List<Long> withTotal = new ArrayList<>(column);
            withTotal.add(total);
            shown.add(withTotal);
        }
        if (!dimension.partsOfTheTotal()) {
            notes.add("A referral may show several exploitation types, so the groups need not add up to the total.");
        }
        List<String> groups = dimension.groups();
        List<Row> lines = new ArrayList<>();
        for (int g = 0; g <= groups.size(); g++) {
            String label = g < groups.size() ? AnalysisWords.group(dimension, groups.get(g)) : "All referrals";
            List<String> cells = new ArrayList<>(List.of(label));
            for (List<Long> column : shown) {
                cells.add(DashboardCells.cell(column.get(g)));
            }
            lines.add(new Row(cells, g == groups.size()));
        }
        return new AnalysisTable(
                "profile-" + dimension.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "Referrals by " + AnalysisWords.dimension(dimension).toLowerCase(Locale.ROOT),
                "bar",
                List.of(1, 2, 3),
                headers,
                lines,
                notes);
    }

    /**
     * Whether every other group with referrals has its screened count withheld: the rest is then made of
     * withheld counts only, and shown it would tell what they hold.
     */
    private static boolean restOfWithheld(List<Long> referrals, List<Long> screenedShown, int group) {
        boolean anyOther = false;
        for (int other = 0; other < referrals.size(); other++) {
            if (other != group && referrals.get(other) > 0) {
                anyOther = true;
                if (screenedShown.get(other) != null) {
                    return false;
                }
            }
        }
        return anyOther;
    }

    /**
     * For each group of each profile, the rate of reaching the panel (panel eligible among those screened)
     * against the rest's, from the counts as shown, with Wilson intervals and Newcombe's for the difference.
     */
    private AnalysisTable outcomeRates(List<Counted> rows) {
        List<Row> lines = new ArrayList<>();
        long allScreened = Tally.decisions(rows, Tally::screened);
        long allReached = Tally.decisions(rows, r -> r.preMsetEligible() && r.msetPanelEligible());
        for (Dimension dimension : PROFILES) {
            List<String> groups = dimension.groups();
            List<Long> screened = Tally.byGroup(rows, dimension, Tally::screened);
            List<Long> eligible = Tally.byGroup(rows, dimension, r -> r.preMsetEligible() && r.msetPanelEligible());
            // As the profile tables show them: an analyst's trial found a group's counts withheld there and
            // shown here.
            List<List<Long>> columns = shownColumns(dimension, rows);
            List<Long> referrals = Tally.byGroup(rows, dimension, r -> true);
            long allReferrals = Tally.decisions(rows, r -> true);
            List<Long> screenedShown = columns.get(1);
            List<Long> reachedShown = columns.get(2);
            for (int g = 0; g < groups.size(); g++) {
                Long n = screenedShown.get(g);
                Long x = reachedShown.get(g);
                // The rest is withheld with the group: the total is shown elsewhere, so a rest beside a
                // withheld group would give the group away (total less rest). And where the rest is itself
                // a few referrals, or only groups whose screened counts are withheld, its 0s would be theirs
                // (a review found "Rest: 0 screened" saying three children under 10 were not).
                boolean groupWithheld = n == null || x == null;
                boolean restWithheld = groupWithheld
                        || settings.shown(allReferrals - referrals.get(g)) == null
                        || restOfWithheld(referrals, screenedShown, g);
                Long restN = restWithheld ? null : settings.shown(allScreened - screened.get(g));
                Long restX = restWithheld ? null : settings.shown(allReached - eligible.get(g));
                List<String> cells = new ArrayList<>(List.of(
                        AnalysisWords.dimension(dimension),
                        AnalysisWords.group(dimension, groups.get(g)),
                        DashboardCells.cell(n),
                        DashboardCells.cell(x),
                        DashboardCells.cell(restN),
                        DashboardCells.cell(restX)));
                if (n == null || x == null || restN == null || restX == null) {
                    cells.addAll(List.of("", "", "", "Not compared: too few to show"));
                } else if (n == 0 || restN == 0) {
                    cells.addAll(List.of("", "", "", "Not compared: none screened"));
                } else {
                    Rates.Comparison c = Rates.compare(Math.min(x, n), n, Math.min(restX, restN), restN);
                    cells.add(DashboardCells.rateCell(c.rate(), c.interval(), eligible.get(g), screened.get(g)));
                    cells.add(DashboardCells.rateCell(
                            c.restRate(),
                            c.restInterval(),
                            allReached - eligible.get(g),
                            allScreened - screened.get(g)));
                    cells.add(DashboardCells.differenceCell(c));
                    cells.add(DashboardCells.finding(
                            c,
                            DashboardCells.beyondChanceBehind(
                                    settings, Math.min(x, n), n, Math.min(restX, restN), restN)));
                }
                lines.add(new Row(cells, false));
            }
        }
        return new AnalysisTable(
                "outcome-rates",
                "Reaching the panel by group, against the rest",
                null,
                List.of(),
                List.of(
                        "Characteristic",
                        "Group",
                        "Screened",
                        "Reached the panel",
                        "Rest: screened",
                        "Rest: reached the panel",
                        "Rate (95% interval)",
                        "Rest's rate (95% interval)",
                        "Difference in points (95% interval)",
                        "Finding"),
                lines,
                List.of("Reaching the panel: a screened (Pre-MSET eligible) referral that was also eligible for the"
                        + " MSET panel. Rates are worked out from the counts as shown (withheld and rounded), Wilson"
                        + " intervals for each rate and Newcombe's for the difference, except that a rate never reads"
                        + " 100% unless every one screened reached the panel, nor 0% while some did: it reads \"under"
                        + " 100%\" or \"over 0%\" instead. A finding is beyond chance"
                        + " when the difference's interval leaves out zero for the counts as shown and for every"
                        + " exact count they could stand for: rounding can narrow an interval, so a difference that"
                        + " not every such count shows is not claimed. A group or rest too small to show is not"
                        + " compared."));
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> range = new ArrayList<>();
        for (int i = from; i < to; i++) {
            range.add(i);
        }
        return range;
    }

    static List<String> localAuthorities() {
        return Arrays.asList(Dimension.LOCAL_AUTHORITY.groups().stream()
                .filter(Objects::nonNull)
                .toArray(String[]::new));
    }
}
