package org.msettriage.service.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.msettriage.api.model.DecisionMonthFiguresDto;
import org.msettriage.api.model.DecisionReportDto;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.LocalAuthorityFiguresDto;
import org.msettriage.api.model.PanelRefusalReasonDto;
import org.msettriage.api.model.PanelRefusalsDto;
import org.msettriage.api.model.ReportCountDto;
import org.msettriage.api.model.ReportProfileDto;
import org.msettriage.api.model.ReturnHomeInterviewsDto;
import org.msettriage.service.report.AnalysisFigures.Counted;
import org.msettriage.service.report.AnalysisFigures.Interviews;

/**
 * The decision figures as the contract gives them, from the exact grouped counts: every count withheld or
 * rounded, and each breakdown (whose groups are parts of the decisions) treated as a line by {@link
 * Disclosure}, so that no withheld count can be worked out from its total.
 */
final class DecisionReportMapper {

    private DecisionReportMapper() {}

    /** What the report is of: the days asked for, the date basis, and the months when grouped by month. */
    record Asked(LocalDate from, LocalDate before, DateBasis basis, List<YearMonth> months) {}

    /**
     * What does not add up from the grouped counts, keyed as {@link AnalysisFigures#childrenKey}: distinct
     * children, and return home interviews with each missing episode counted once.
     */
    record Distinct(Map<String, Long> children, Map<String, Interviews> interviews) {

        long childrenOf(String month) {
            return children.getOrDefault(AnalysisFigures.childrenKey(month, null, false), 0L);
        }

        Interviews interviewsOf(String month) {
            return interviews.getOrDefault(AnalysisFigures.childrenKey(month, null, false), new Interviews(0, 0));
        }
    }

    static DecisionReportDto report(
            Asked asked, List<Counted> rows, Distinct whole, Distinct byMonth, ReportSettings settings) {
        List<LocalAuthorityDto> authorities = Stream.concat(
                        Arrays.stream(LocalAuthorityDto.values()), Stream.of((LocalAuthorityDto) null))
                .toList();
        List<Long> byAuthority = Disclosure.line(Tally.byGroup(rows, Dimension.LOCAL_AUTHORITY, r -> true), settings);
        List<Long> screenedByAuthority = Disclosure.partsOf(
                Tally.byGroup(rows, Dimension.LOCAL_AUTHORITY, Tally::screened),
                Tally.decisions(rows, Tally::screened),
                byAuthority,
                settings);
        List<Long> eligibleByAuthority = Disclosure.partsOf(
                Tally.byGroup(rows, Dimension.LOCAL_AUTHORITY, Tally::panelEligible),
                Tally.decisions(rows, Tally::panelEligible),
                screenedByAuthority,
                settings);
        List<LocalAuthorityFiguresDto> localAuthorities = new ArrayList<>();
        for (int i = 0; i < authorities.size(); i++) {
            localAuthorities.add(new LocalAuthorityFiguresDto()
                    .localAuthority(authorities.get(i))
                    .decisions(byAuthority.get(i))
                    .preMsetEligible(screenedByAuthority.get(i))
                    .msetPanelEligible(eligibleByAuthority.get(i)));
        }
        DecisionReportDto report = new DecisionReportDto()
                .decidedFrom(asked.from())
                .decidedBefore(asked.before())
                .dateBasis(
                        DecisionReportDto.DateBasisEnum.fromValue(asked.basis().parameter()))
                .timeZone(settings.zone().getId())
                .withheldBelow(settings.withheldBelow())
                .roundedTo(settings.roundTo())
                .localAuthorities(localAuthorities);
        Counts counts = counts(rows, whole.childrenOf(null), whole.interviewsOf(null), settings);
        report.decisions(counts.decisions())
                .children(counts.children())
                .preMsetEligible(counts.preMsetEligible())
                .msetPanelEligible(counts.msetPanelEligible())
                .riskLevels(counts.riskLevels())
                .pathways(counts.pathways())
                .profile(counts.profile());
        if (!asked.months().isEmpty()) {
            report.months(asked.months().stream()
                    .map(month -> month(month, Tally.ofMonth(rows, month.toString()), byMonth, settings))
                    .toList());
        }
        return report;
    }

    private static DecisionMonthFiguresDto month(
            YearMonth month, List<Counted> rows, Distinct byMonth, ReportSettings settings) {
        Counts counts =
                counts(rows, byMonth.childrenOf(month.toString()), byMonth.interviewsOf(month.toString()), settings);
        return new DecisionMonthFiguresDto()
                .month(month.toString())
                .decisions(counts.decisions())
                .children(counts.children())
                .preMsetEligible(counts.preMsetEligible())
                .msetPanelEligible(counts.msetPanelEligible())
                .riskLevels(counts.riskLevels())
                .pathways(counts.pathways())
                .profile(counts.profile());
    }

    /** What a report and each of its months count of their referrals, as shown. */
    private record Counts(
            Long decisions,
            Long children,
            Long preMsetEligible,
            Long msetPanelEligible,
            List<ReportCountDto> riskLevels,
            List<ReportCountDto> pathways,
            ReportProfileDto profile) {}

    /**
     * The counts a report and each of its months give of their referrals: each a part of the one it is
     * counted from ({@link Disclosure#part}), so a few referrals show nothing but "withheld".
     */
    private static Counts counts(List<Counted> rows, long children, Interviews interviews, ReportSettings settings) {
        Long decisions = settings.shown(Tally.decisions(rows, r -> true));
        Long screened = Disclosure.part(Tally.decisions(rows, Tally::screened), decisions, settings);
        Long due = Disclosure.part(interviews.due(), decisions, settings);
        return new Counts(
                decisions,
                Disclosure.part(children, decisions, settings),
                screened,
                Disclosure.part(Tally.decisions(rows, Tally::panelEligible), screened, settings),
                breakdown(rows, Dimension.RISK_LEVEL, settings),
                breakdown(rows, Dimension.PATHWAY, settings),
                new ReportProfileDto()
                        .genders(breakdown(rows, Dimension.GENDER, settings))
                        .ageBands(breakdown(rows, Dimension.AGE_BAND, settings))
                        .careStatuses(breakdown(rows, Dimension.CARE_STATUS, settings))
                        .referringAgencies(breakdown(rows, Dimension.REFERRING_AGENCY, settings))
                        .exploitationTypes(breakdown(rows, Dimension.EXPLOITATION_TYPE, settings))
                        .returnHomeInterviews(new ReturnHomeInterviewsDto()
                                .due(due)
                                .offeredWithin72Hours(Disclosure.part(interviews.offered(), due, settings))));
    }

    /** Why screened decisions did not reach the panel, each refusing rule by its id and its title. */
    static PanelRefusalsDto refusals(PanelUnmetTable.Refusals refusals, Map<String, String> titles) {
        List<PanelRefusalReasonDto> reasons = new ArrayList<>();
        for (int i = 0; i < refusals.rules().size(); i++) {
            String rule = refusals.rules().get(i);
            reasons.add(new PanelRefusalReasonDto()
                    .ruleId(rule)
                    .title(RuleTitles.of(rule, titles))
                    .decisions(refusals.reasons().get(i)));
        }
        return new PanelRefusalsDto()
                .notReached(refusals.notReached())
                .reasons(reasons)
                .notRecorded(refusals.notRecorded());
    }

    /** Every group of a dimension with its count; a line under secondary suppression where groups add up. */
    private static List<ReportCountDto> breakdown(List<Counted> rows, Dimension dimension, ReportSettings settings) {
        List<Long> exact = Tally.byGroup(rows, dimension, r -> true);
        long total = Tally.decisions(rows, r -> true);
        List<Long> shown = dimension.partsOfTheTotal()
                ? Disclosure.line(exact, total, settings)
                : Disclosure.each(exact, total, null, settings);
        List<String> groups = dimension.groups();
        List<ReportCountDto> counts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            counts.add(new ReportCountDto().value(groups.get(i)).decisions(shown.get(i)));
        }
        return counts;
    }
}
