package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.PanelAgencyActionsDto;
import org.msettriage.api.model.PanelExitCountDto;
import org.msettriage.api.model.PanelLeadAgencyDto;
import org.msettriage.api.model.PanelMonthFiguresDto;
import org.msettriage.api.model.PanelReportDto;
import org.msettriage.service.report.AgreedActions.Led;
import org.msettriage.service.report.PanelFigures.MonthFigures;

/**
 * The panel's figures as the report gives them: exact when the settings withhold and round nothing, and
 * under the defaults counts from 1 to 4 withheld, the rest rounded to 5, and conversion worked out from the
 * counts as shown.
 */
class PanelReportMapperTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ReportSettings EXACT = new ReportSettings(1, 1, LONDON);
    private static final ReportSettings DEFAULTS = new ReportSettings(5, 5, LONDON);
    private static final ReportMonths JULY = new ReportMonths(YearMonth.of(2026, 7), YearMonth.of(2026, 7));
    /** Gateshead's referrals in July: enough that the screened counts are shown on their own. */
    private static final Map<String, Long> REFERRALS = Map.of("2026-07 GATESHEAD", 100L);

    private static final PanelReportMapper.Actions NO_ACTIONS =
            new PanelReportMapper.Actions(LocalDate.of(2026, 7, 31), Map.of());

    @Test
    void withNothingWithheldTheCountsAreExactAndEveryExitReasonIsListed() {
        PanelReportDto report = PanelReportMapper.report(
                JULY, List.of(figures(7, 3, 9, 1, Map.of("OTHER", 2L))), NO_ACTIONS, REFERRALS, EXACT);

        PanelMonthFiguresDto row = report.getMonths().get(0);
        assertThat(report.getFromMonth()).isEqualTo("2026-07");
        assertThat(report.getToMonth()).isEqualTo("2026-07");
        assertThat(report.getTimeZone()).isEqualTo("Europe/London");
        assertThat(row.getMonth()).isEqualTo("2026-07");
        assertThat(row.getLocalAuthority().getValue()).isEqualTo("GATESHEAD");
        assertThat(row.getScreened()).isEqualTo(7);
        assertThat(row.getScreenedHeard()).isEqualTo(3);
        assertThat(row.getHeard()).isEqualTo(9);
        assertThat(row.getConversion()).as("3 of the 7 screened were heard").isEqualTo(0.43);
        assertThat(row.getChildrenHeardMoreThanOnce()).isEqualTo(1);
        assertThat(row.getExits())
                .extracting(e -> e.getExitReason().getValue())
                .containsExactly(
                        "SUFFICIENTLY_SAFE",
                        "NOTHING_MORE_MSET_CAN_OFFER",
                        "MOVED_OUT_OF_AREA",
                        "TURNED_18_TRANSITIONED",
                        "CHILD_PROTECTION_LEADS",
                        "OTHER");
        assertThat(row.getExits()).extracting(PanelExitCountDto::getOutcomes).containsExactly(0L, 0L, 0L, 0L, 0L, 2L);
    }

    @Test
    void byDefaultSmallCountsAreWithheldAndTheRestRounded() {
        PanelMonthFiguresDto row = PanelReportMapper.report(
                        JULY,
                        List.of(figures(7, 3, 3, 0, Map.of("SUFFICIENTLY_SAFE", 2L, "OTHER", 1L))),
                        NO_ACTIONS,
                        REFERRALS,
                        DEFAULTS)
                .getMonths()
                .get(0);

        assertThat(row.getScreened()).as("7 rounds to 5").isEqualTo(5);
        assertThat(row.getHeard()).as("3 is withheld").isNull();
        assertThat(row.getScreenedHeard()).as("3 is withheld").isNull();
        assertThat(row.getConversion())
                .as("nothing to divide when the screened that were heard are withheld")
                .isNull();
        assertThat(row.getChildrenHeardMoreThanOnce())
                .as("0, but of the 3 heard: withheld with them")
                .isNull();
        assertThat(row.getExits())
                .extracting(PanelExitCountDto::getOutcomes)
                .as("exits are hearings: beside 3 heard withheld, even their 0s would be those children's")
                .containsOnlyNulls();
    }

    @Test
    void aFewReferralsNoneScreenedShowNullNotZeroScreened() {
        // A review: the decision report withheld a month's 3 referrals, and this report said none was screened.
        PanelMonthFiguresDto row = PanelReportMapper.report(
                        JULY,
                        List.of(figures(0, 0, 0, 0, Map.of())),
                        NO_ACTIONS,
                        Map.of("2026-07 GATESHEAD", 3L),
                        DEFAULTS)
                .getMonths()
                .get(0);

        assertThat(row.getScreened()).isNull();
        assertThat(row.getScreenedHeard()).isNull();
        assertThat(row.getHeard()).as("hearings are counted apart").isZero();
    }

    @Test
    void aLoneWithheldExitReasonTakesTheSmallestOtherWithIt() {
        PanelMonthFiguresDto row = PanelReportMapper.report(
                        JULY,
                        List.of(figures(20, 16, 20, 0, Map.of("SUFFICIENTLY_SAFE", 12L, "OTHER", 4L))),
                        NO_ACTIONS,
                        REFERRALS,
                        DEFAULTS)
                .getMonths()
                .get(0);

        assertThat(row.getExits().get(5).getOutcomes()).as("4 is withheld").isNull();
        assertThat(row.getExits().get(0).getOutcomes())
                .as("12 would round to 10, but it would give the 4 away as the exits' total less the rest")
                .isNull();
        assertThat(row.getExits().get(1).getOutcomes()).as("0 is shown").isZero();
    }

    @Test
    void conversionIsWorkedOutFromTheCountsAsShown() {
        PanelMonthFiguresDto row = PanelReportMapper.report(
                        JULY, List.of(figures(12, 8, 8, 0, Map.of())), NO_ACTIONS, REFERRALS, DEFAULTS)
                .getMonths()
                .get(0);

        assertThat(row.getScreened()).isEqualTo(10);
        assertThat(row.getScreenedHeard()).isEqualTo(10);
        assertThat(row.getConversion()).as("10 / 10, not 8 / 12").isEqualTo(1.0);
        assertThat(row.getConversionNotExact())
                .as("fewer were heard than screened")
                .isTrue();
    }

    @Test
    void conversionIsTheShareOfTheScreenedThatWereHeardNeverTheMonthsHearings() {
        // A trial's December read 200%: 8 hearings (reviews, and referrals screened in November) over 4
        // screened. The month's hearings are shown as they are; the share is of the screened alone.
        PanelMonthFiguresDto row = PanelReportMapper.report(
                        JULY, List.of(figures(4, 1, 8, 3, Map.of())), NO_ACTIONS, REFERRALS, EXACT)
                .getMonths()
                .get(0);

        assertThat(row.getHeard()).isEqualTo(8);
        assertThat(row.getConversion()).isEqualTo(0.25);
        assertThat(row.getConversionNotExact()).isFalse();
    }

    @Test
    void conversionSaysWhenRoundingAloneMakesItAllOrNone() {
        assertThat(PanelReportMapper.notExact(1.0, 6, 7))
                .as("6 of 7 shown as 5 of 5")
                .isTrue();
        assertThat(PanelReportMapper.notExact(1.0, 7, 7)).as("all heard").isFalse();
        assertThat(PanelReportMapper.notExact(1.0, 8, 7))
                .as("more heard than screened")
                .isFalse();
        assertThat(PanelReportMapper.notExact(0.0, 1, 1300)).as("some heard").isTrue();
        assertThat(PanelReportMapper.notExact(0.0, 0, 7)).as("none heard").isFalse();
        assertThat(PanelReportMapper.notExact(0.86, 6, 7)).isFalse();
        assertThat(PanelReportMapper.notExact(null, 6, 7)).isFalse();
    }

    @Test
    void everyLeadAgencyIsListedWithItsActionsUnderTheSameDisclosureControl() {
        Map<String, Led> led = Map.of("POLICE", new Led(12, 6), "EDUCATION", new Led(7, 3), "HEALTH", new Led(3, 2));

        List<PanelAgencyActionsDto> exact = PanelReportMapper.actionsAgreed(led, 20L, EXACT);
        List<PanelAgencyActionsDto> shown = PanelReportMapper.actionsAgreed(led, 20L, DEFAULTS);

        assertThat(exact).extracting(PanelAgencyActionsDto::getLeadAgency).containsExactly(PanelLeadAgencyDto.values());
        assertThat(exact)
                .extracting(PanelAgencyActionsDto::getAgreed)
                .containsExactly(0L, 12L, 7L, 3L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(exact)
                .extracting(PanelAgencyActionsDto::getPastDue)
                .containsExactly(0L, 6L, 3L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(shown)
                .extracting(PanelAgencyActionsDto::getAgreed)
                .as("12 rounds to 10; 3 is withheld, and 7 with it as the smallest other")
                .containsExactly(0L, 10L, null, null, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(shown)
                .extracting(PanelAgencyActionsDto::getPastDue)
                .as("6 would round to 5, but beside the past due of agencies whose agreed actions are withheld it is"
                        + " withheld too, whatever theirs are")
                .containsExactly(0L, null, null, null, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void theActionsOfAFewPlansAreWithheldWhole() {
        // A review: 6 heard of whom 5 exited left one plan, and "police 6 agreed, every other agency 0"
        // described it; the hearings, which count the exits too, were shown.
        MonthFigures onePlan = figures(10, 6, 6, 0, Map.of("SUFFICIENTLY_SAFE", 5L));
        PanelReportMapper.Actions sixPoliceActions = new PanelReportMapper.Actions(
                LocalDate.of(2026, 7, 31), Map.of("2026-07 GATESHEAD", Map.of("POLICE", new Led(6, 0))));

        PanelMonthFiguresDto row = PanelReportMapper.report(
                        JULY, List.of(onePlan), sixPoliceActions, REFERRALS, DEFAULTS)
                .getMonths()
                .get(0);

        assertThat(onePlan.plansAgreed()).isEqualTo(1);
        assertThat(row.getHeard()).isEqualTo(5);
        assertThat(row.getActionsAgreed())
                .flatExtracting(PanelAgencyActionsDto::getAgreed, PanelAgencyActionsDto::getPastDue)
                .containsOnlyNulls();
    }

    @Test
    void aLoneWithheldAgencyTakesTheSmallestOtherWithIt() {
        Map<String, Led> led = Map.of("POLICE", new Led(12, 0), "HEALTH", new Led(2, 0));

        List<PanelAgencyActionsDto> shown = PanelReportMapper.actionsAgreed(led, 20L, DEFAULTS);

        assertThat(agency(shown, PanelLeadAgencyDto.HEALTH).getAgreed()).isNull();
        assertThat(agency(shown, PanelLeadAgencyDto.POLICE).getAgreed())
                .as("else HEALTH would be the plans' total less it")
                .isNull();
    }

    @Test
    void actionsAreJudgedOnTheLastDayOfTheReportOrTodayWhenItHasNotEnded() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(new ReportMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 11)).actionsJudgedOn(today))
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(new ReportMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 12)).actionsJudgedOn(today))
                .isEqualTo(today);
    }

    @Test
    void conversionIsNullWhenNothingWasScreened() {
        assertThat(PanelReportMapper.conversion(0L, 0L)).isNull();
        assertThat(PanelReportMapper.conversion(5L, 0L)).isNull();
        assertThat(PanelReportMapper.conversion(null, 10L)).isNull();
        assertThat(PanelReportMapper.conversion(0L, 10L)).isEqualTo(0.0);
        assertThat(PanelReportMapper.conversion(10L, 15L)).isEqualTo(0.67);
    }

    private static PanelAgencyActionsDto agency(List<PanelAgencyActionsDto> rows, PanelLeadAgencyDto agency) {
        return rows.stream()
                .filter(r -> r.getLeadAgency() == agency)
                .findFirst()
                .orElseThrow();
    }

    private static MonthFigures figures(
            long screened, long screenedHeard, long heard, long heardAgain, Map<String, Long> exits) {
        // Every hearing not an exit a plan, as the store counts them.
        long plans = heard - exits.values().stream().mapToLong(Long::longValue).sum();
        return new MonthFigures(
                YearMonth.of(2026, 7), "GATESHEAD", screened, screenedHeard, heard, heardAgain, exits, plans);
    }
}
