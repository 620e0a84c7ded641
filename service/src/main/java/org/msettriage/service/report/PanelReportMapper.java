package org.msettriage.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.PanelAgencyActionsDto;
import org.msettriage.api.model.PanelExitCountDto;
import org.msettriage.api.model.PanelExitReasonDto;
import org.msettriage.api.model.PanelLeadAgencyDto;
import org.msettriage.api.model.PanelMonthFiguresDto;
import org.msettriage.api.model.PanelReportDto;
import org.msettriage.service.report.AgreedActions.Led;
import org.msettriage.service.report.PanelFigures.MonthFigures;

/**
 * The panel's figures as the contract gives them: every count withheld or rounded by {@link
 * ReportSettings#shown(long)}, and conversion worked out from the counts as shown, never the exact ones.
 */
final class PanelReportMapper {

    private PanelReportMapper() {}

    /** Every local authority the contract names, in its order: each month has a row for each. */
    static List<String> localAuthorities() {
        return Arrays.stream(LocalAuthorityDto.values())
                .map(LocalAuthorityDto::getValue)
                .toList();
    }

    /** The agreed actions per "month authority" key and lead agency, and the day they were judged past due on. */
    record Actions(LocalDate judgedOn, Map<String, Map<String, Led>> byMonth) {

        Map<String, Led> of(MonthFigures figures) {
            return byMonth.getOrDefault(figures.month() + " " + figures.localAuthority(), Map.of());
        }
    }

    /** Every lead agency of a plan's action the contract names, in its order. */
    static List<String> leadAgencies() {
        return Arrays.stream(PanelLeadAgencyDto.values())
                .map(PanelLeadAgencyDto::getValue)
                .toList();
    }

    /**
     * The report of these months' figures. {@code referrals}: each month's referrals (by the month they
     * were assessed) per "month authority" key, of which the screened are part: a few referrals' "0
     * screened" would say they were not (a review found it here, withheld in the decision report).
     */
    static PanelReportDto report(
            ReportMonths months,
            List<MonthFigures> figures,
            Actions actions,
            Map<String, Long> referrals,
            ReportSettings settings) {
        return new PanelReportDto()
                .timeZone(settings.zone().getId())
                .withheldBelow(settings.withheldBelow())
                .roundedTo(settings.roundTo())
                .fromMonth(months.first().toString())
                .toMonth(months.last().toString())
                .actionsJudgedOn(actions.judgedOn())
                .months(figures.stream()
                        .map(f -> month(
                                        f,
                                        settings.shown(
                                                referrals.getOrDefault(f.month() + " " + f.localAuthority(), 0L)),
                                        settings)
                                .actionsAgreed(actionsAgreed(actions.of(f), settings.shown(f.plansAgreed()), settings)))
                        .toList());
    }

    private static PanelMonthFiguresDto month(MonthFigures figures, Long shownReferrals, ReportSettings settings) {
        Long screened = Disclosure.part(figures.screened(), shownReferrals, settings);
        Long screenedHeard = Disclosure.part(figures.screenedHeard(), screened, settings);
        Long heard = settings.shown(figures.heard());
        Double conversion = conversion(screenedHeard, screened);
        // The reasons are parts of the month's exits, and an exit is one of its hearings: a lone reason among
        // zeros, or zeros beside a withheld count of hearings, would be a few children's.
        List<Long> exactExits = Arrays.stream(PanelExitReasonDto.values())
                .map(reason -> figures.exits().getOrDefault(reason.getValue(), 0L))
                .toList();
        List<Long> exits = Disclosure.lineWithin(exactExits, heard, settings);
        return new PanelMonthFiguresDto()
                .month(figures.month().toString())
                .localAuthority(LocalAuthorityDto.fromValue(figures.localAuthority()))
                .screened(screened)
                .screenedHeard(screenedHeard)
                .heard(heard)
                .conversion(conversion)
                .conversionNotExact(notExact(conversion, figures.screenedHeard(), figures.screened()))
                .childrenHeardMoreThanOnce(Disclosure.part(figures.childrenHeardMoreThanOnce(), heard, settings))
                .exits(IntStream.range(0, exits.size())
                        .mapToObj(i -> new PanelExitCountDto()
                                .exitReason(PanelExitReasonDto.values()[i])
                                .outcomes(exits.get(i)))
                        .toList());
    }

    /**
     * Every lead agency with its actions: agreed, and past due, each a line under {@link Disclosure} (the
     * agencies' counts are parts of the plans' actions), so no withheld count is the rest's difference.
     */
    static List<PanelAgencyActionsDto> actionsAgreed(Map<String, Led> led, Long shownPlans, ReportSettings settings) {
        List<String> agencies = leadAgencies();
        Led none = new Led(0, 0);
        // The actions are those of the plans agreed: a few children's plans, agency by agency, would be theirs
        // (counted against the plans, not the hearings, which include exits: a review).
        List<Long> exactAgreed =
                agencies.stream().map(a -> led.getOrDefault(a, none).agreed()).toList();
        List<Long> agreed = Disclosure.lineWithin(exactAgreed, shownPlans, settings);
        List<Long> exactPastDue =
                agencies.stream().map(a -> led.getOrDefault(a, none).pastDue()).toList();
        List<Long> pastDue = Disclosure.partsOf(exactPastDue, agreed, settings);
        List<PanelAgencyActionsDto> rows = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            rows.add(new PanelAgencyActionsDto()
                    .leadAgency(PanelLeadAgencyDto.fromValue(agencies.get(i)))
                    .agreed(agreed.get(i))
                    .pastDue(pastDue.get(i)));
        }
        return rows;
    }

    /**
     * Whether the conversion as shown claims all screened were heard, or none, and the exact counts say
     * otherwise: rounding made 6 of 7 read as 5 of 5. It says only that fewer (or some) were heard, not how
     * many, as the dashboard words the share of interviews in time.
     */
    static boolean notExact(Double conversion, long exactHeard, long exactScreened) {
        if (conversion == null) {
            return false;
        }
        return conversion == 1.0 && exactHeard < exactScreened || conversion == 0.0 && exactHeard > 0;
    }

    /**
     * The screened that were heard / the screened, as shown, to 2 decimal places; null when either is
     * withheld or nothing was screened.
     */
    static Double conversion(Long heard, Long screened) {
        if (heard == null || screened == null || screened == 0) {
            return null;
        }
        return BigDecimal.valueOf(heard)
                .divide(BigDecimal.valueOf(screened), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
