package org.msettriage.service.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.msettriage.api.ReportsApi;
import org.msettriage.api.model.DecisionReportDto;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.LocalAuthorityFiguresDto;
import org.msettriage.api.model.PanelReportDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.api.model.ReportCountDto;
import org.msettriage.api.model.RiskLevelDto;
import org.msettriage.service.decision.DecisionFigures;
import org.msettriage.service.decision.DecisionFigures.OutcomeCount;
import org.msettriage.service.problem.InvalidParametersException;
import org.msettriage.service.problem.ParameterProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/reports/decisions: counts of the decisions made in a period of whole days, every value of
 * each breakdown listed (so a missing row never has to be guessed at), small counts withheld and the
 * rest rounded (see {@link ReportSettings}). GET /api/v1/reports/panel: the panel's figures per month and
 * local authority, under the same disclosure control (see {@link PanelFigures}).
 */
@RestController
class ReportController implements ReportsApi {

    private final DecisionFigures figures;
    private final PanelFigures panelFigures;
    private final ReportSettings settings;

    ReportController(DecisionFigures figures, PanelFigures panelFigures, ReportSettings settings) {
        this.figures = figures;
        this.panelFigures = panelFigures;
        this.settings = settings;
    }

    @Override
    public ResponseEntity<PanelReportDto> panelReport(String fromMonth, String toMonth) {
        ReportMonths months = ReportMonths.of(fromMonth, toMonth, YearMonth.now(settings.zone()));
        return ResponseEntity.ok(PanelReportMapper.report(
                months,
                panelFigures.months(
                        months.first(), months.last(), settings.zone(), PanelReportMapper.localAuthorities()),
                settings));
    }

    @Override
    public ResponseEntity<DecisionReportDto> decisionReport(LocalDate decidedFrom, LocalDate decidedBefore) {
        if (decidedFrom != null && decidedBefore != null && !decidedFrom.isBefore(decidedBefore)) {
            throw new InvalidParametersException(
                    List.of(new ParameterProblem("decidedBefore", "must be later than decidedFrom")));
        }
        List<OutcomeCount> outcomes = figures.outcomes(startOf(decidedFrom), startOf(decidedBefore));
        return ResponseEntity.ok(new DecisionReportDto()
                .decidedFrom(decidedFrom)
                .decidedBefore(decidedBefore)
                .timeZone(settings.zone().getId())
                .withheldBelow(settings.withheldBelow())
                .roundedTo(settings.roundTo())
                .decisions(shown(count(outcomes, o -> true)))
                .preMsetEligible(shown(count(outcomes, OutcomeCount::preMsetEligible)))
                .msetPanelEligible(shown(count(outcomes, OutcomeCount::msetPanelEligible)))
                .riskLevels(breakdown(outcomes, RiskLevelDto.values(), RiskLevelDto::getValue, OutcomeCount::riskLevel))
                .pathways(breakdown(outcomes, PathwayDto.values(), PathwayDto::getValue, OutcomeCount::pathway))
                .localAuthorities(
                        Stream.concat(Arrays.stream(LocalAuthorityDto.values()), Stream.of((LocalAuthorityDto) null))
                                .map(authority -> localAuthority(outcomes, authority))
                                .toList()));
    }

    private LocalAuthorityFiguresDto localAuthority(List<OutcomeCount> outcomes, LocalAuthorityDto authority) {
        List<OutcomeCount> theirs = outcomes.stream()
                .filter(o -> Objects.equals(authority == null ? null : authority.getValue(), o.localAuthority()))
                .toList();
        return new LocalAuthorityFiguresDto()
                .localAuthority(authority)
                .decisions(shown(count(theirs, o -> true)))
                .preMsetEligible(shown(count(theirs, OutcomeCount::preMsetEligible)))
                .msetPanelEligible(shown(count(theirs, OutcomeCount::msetPanelEligible)));
    }

    private <T> List<ReportCountDto> breakdown(
            List<OutcomeCount> outcomes, T[] values, Function<T, String> name, Function<OutcomeCount, String> field) {
        return Arrays.stream(values)
                .map(value -> new ReportCountDto()
                        .value(name.apply(value))
                        .decisions(shown(count(outcomes, o -> name.apply(value).equals(field.apply(o))))))
                .toList();
    }

    private static long count(List<OutcomeCount> outcomes, Predicate<OutcomeCount> which) {
        return outcomes.stream()
                .filter(which)
                .mapToLong(OutcomeCount::decisions)
                .sum();
    }

    private Long shown(long count) {
        return settings.shown(count);
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(settings.zone()).toOffsetDateTime();
    }
}
