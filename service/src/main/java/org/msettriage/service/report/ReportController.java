package org.msettriage.service.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msettriage.api.ReportsApi;
import org.msettriage.api.model.DecisionReportDto;
import org.msettriage.api.model.PanelReportDto;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/reports/decisions: counts of the decisions of a period of whole days (by the day decided or
 * assessed), with their profiles and, when asked, per month; every value of each breakdown listed (so a
 * missing row never has to be guessed at), small counts withheld and the rest rounded (see {@link
 * ReportSettings} and {@link Disclosure}). Unknown query parameters are refused. GET /api/v1/reports/panel: the panel's figures per month and
 * local authority, under the same disclosure control (see {@link PanelFigures}), with the actions of the
 * plans agreed per lead agency (see {@link AgreedActions}).
 */
@RestController
class ReportController implements ReportsApi {

    private static final Set<String> DECISION_REPORT_PARAMETERS =
            Set.of("decidedFrom", "decidedBefore", "dateBasis", "groupBy");

    private final AnalysisFigures analysis;
    private final PanelFigures panelFigures;
    private final AgreedActions agreedActions;
    private final ReportSettings settings;
    private final PanelUnmetFigures unmet;
    private final RuleTitles titles;

    ReportController(
            AnalysisFigures analysis,
            PanelFigures panelFigures,
            AgreedActions agreedActions,
            ReportSettings settings,
            PanelUnmetFigures unmet,
            RuleTitles titles) {
        this.analysis = analysis;
        this.panelFigures = panelFigures;
        this.agreedActions = agreedActions;
        this.settings = settings;
        this.unmet = unmet;
        this.titles = titles;
    }

    @Override
    public ResponseEntity<PanelReportDto> panelReport(String fromMonth, String toMonth) {
        KnownParameters.check(Set.of("fromMonth", "toMonth"));
        ReportMonths months = ReportMonths.of(fromMonth, toMonth, YearMonth.now(settings.zone()));
        LocalDate judgedOn = months.actionsJudgedOn(LocalDate.now(settings.zone()));
        return ResponseEntity.ok(PanelReportMapper.report(
                months,
                panelFigures.months(
                        months.first(), months.last(), settings.zone(), PanelReportMapper.localAuthorities()),
                new PanelReportMapper.Actions(judgedOn, agreedActions.byMonth(months.first(), months.last(), judgedOn)),
                referralsByMonth(months),
                settings));
    }

    /** Each month's referrals per local authority, by the month assessed, keyed "month authority". */
    private Map<String, Long> referralsByMonth(ReportMonths months) {
        AnalysisFigures.Period period = new AnalysisFigures.Period(
                DateBasis.ASSESSED,
                AnalysisFigures.startOf(months.first(), settings.zone()),
                AnalysisFigures.startOf(months.last().plusMonths(1), settings.zone()),
                months.each(),
                settings.zone());
        Map<String, Long> referrals = new HashMap<>();
        analysis.counted(period)
                .forEach(row -> referrals.merge(row.month() + " " + row.localAuthority(), row.decisions(), Long::sum));
        return referrals;
    }

    @Override
    public ResponseEntity<DecisionReportDto> decisionReport(
            LocalDate decidedFrom, LocalDate decidedBefore, String dateBasis, String groupBy) {
        KnownParameters.check(DECISION_REPORT_PARAMETERS);
        List<ParameterProblem> problems = new ArrayList<>();
        DateBasis basis = DateBasis.of(dateBasis == null ? DateBasis.DECIDED.parameter() : dateBasis)
                .orElse(null);
        if (basis == null) {
            problems.add(new ParameterProblem("dateBasis", "must be decided or assessed"));
        }
        if (groupBy != null && !"month".equals(groupBy)) {
            problems.add(new ParameterProblem("groupBy", "must be month (or absent)"));
        }
        within("decidedFrom", decidedFrom, problems);
        within("decidedBefore", decidedBefore, problems);
        if (decidedFrom != null && decidedBefore != null && !decidedFrom.isBefore(decidedBefore)) {
            problems.add(new ParameterProblem("decidedBefore", "must be later than decidedFrom"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        List<YearMonth> months = groupBy == null ? List.of() : months(decidedFrom, decidedBefore, basis);
        OffsetDateTime from = startOf(decidedFrom);
        OffsetDateTime before = startOf(decidedBefore);
        AnalysisFigures.Period whole = new AnalysisFigures.Period(basis, from, before, List.of(), settings.zone());
        AnalysisFigures.Period byMonth = new AnalysisFigures.Period(basis, from, before, months, settings.zone());
        DecisionReportDto report = DecisionReportMapper.report(
                new DecisionReportMapper.Asked(decidedFrom, decidedBefore, basis, months),
                analysis.counted(byMonth),
                new DecisionReportMapper.Distinct(analysis.children(whole, false), analysis.interviews(whole, false)),
                months.isEmpty()
                        ? new DecisionReportMapper.Distinct(Map.of(), Map.of())
                        : new DecisionReportMapper.Distinct(
                                analysis.children(byMonth, false), analysis.interviews(byMonth, false)),
                settings);
        return ResponseEntity.ok(report.panelRefusals(DecisionReportMapper.refusals(
                PanelUnmetTable.counted(unmet.screened(whole), report.getDecisions(), settings), titles.byId())));
    }

    /** The days a period may be bounded by: the service holds nothing before 1900, as triage refuses it. */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * A day outside the years a date is written in with four digits is refused: an analyst's trial found
     * -999999999-01-01 counted as a bound and +999999999-12-31 refused for another reason.
     */
    private static void within(String parameter, LocalDate day, List<ParameterProblem> problems) {
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            problems.add(new ParameterProblem(parameter, "must be a day from " + FIRST_DAY + " to " + LAST_DAY));
        }
    }

    /** The calendar months the period's days touch, at most {@link ReportMonths#MOST}. */
    private List<YearMonth> months(LocalDate from, LocalDate before, DateBasis basis) {
        YearMonth current = YearMonth.now(settings.zone());
        OffsetDateTime firstDecision = from == null ? analysis.first(basis) : null;
        YearMonth first = from != null
                ? YearMonth.from(from)
                : firstDecision == null ? current : YearMonth.from(firstDecision.atZoneSameInstant(settings.zone()));
        YearMonth last = before != null ? YearMonth.from(before.minusDays(1)) : current;
        if (last.isBefore(first)) {
            last = first;
        }
        if (ChronoUnit.MONTHS.between(first, last) + 1 > ReportMonths.MOST) {
            throw new InvalidParametersException(List.of(new ParameterProblem(
                    "groupBy", "a period grouped by month must be at most " + ReportMonths.MOST + " months")));
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(settings.zone()).toOffsetDateTime();
    }
}
