package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.report.AnalysisFigures.Counted;
import org.msettriage.service.report.PanelFigures.MonthFigures;

/**
 * The dashboard's conversion is the share of the screened referrals that were heard, never the month's
 * hearings over its screened: a trial's December read 200% (8 hearings, reviews and November's referrals
 * among them, over 4 screened), and Gateshead 133% over the whole period.
 */
class DashboardConversionTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private final AnalysisFigures figures = mock(AnalysisFigures.class);
    private final PanelFigures panel = mock(PanelFigures.class);
    private final AnalysisDashboard dashboard = new AnalysisDashboard(
            figures,
            panel,
            mock(AgreedActions.class),
            new ReportSettings(1, 1, ZoneId.of("Europe/London")),
            mock(PanelUnmetFigures.class),
            mock(RuleTitles.class));

    @Test
    void moreHearingsThanScreenedReferralsReadAsTheShareOfTheScreenedHeard() {
        when(figures.counted(any())).thenReturn(List.of(screened(4)));
        when(panel.months(any(), any(), any(), anyList()))
                .thenReturn(List.of(new MonthFigures(DECEMBER, "GATESHEAD", 4, 1, 8, 3, Map.of(), 8)));
        when(figures.screenedHeard(any(), anyBoolean()))
                .thenReturn(Map.of(
                        AnalysisFigures.childrenKey(DECEMBER.toString(), "GATESHEAD", true), 1L,
                        AnalysisFigures.childrenKey(null, "GATESHEAD", true), 1L));

        List<AnalysisTable> tables = dashboard.tables(
                new AnalysisDashboard.Asked(new ReportMonths(DECEMBER, DECEMBER), "GATESHEAD", DateBasis.ASSESSED));

        List<String> december = row(tables, "by-month", "December 2026");
        assertThat(december.get(5)).as("heard").isEqualTo("8");
        assertThat(december.get(6)).as("conversion").isEqualTo("25%");
        assertThat(row(tables, "by-authority", "Gateshead").get(6)).isEqualTo("25%");
    }

    @Test
    void theChildrenHeardMoreThanOnceAreShownMonthByMonth() {
        // Policy v1.1, section 11: the API gave it, the dashboard did not (a coordinator's trial).
        when(figures.counted(any())).thenReturn(List.of(screened(4)));
        when(panel.months(any(), any(), any(), anyList()))
                .thenReturn(List.of(
                        new MonthFigures(DECEMBER, "GATESHEAD", 4, 1, 8, 3, Map.of(), 8),
                        new MonthFigures(DECEMBER, "SUNDERLAND", 0, 0, 2, 2, Map.of(), 2)));

        List<AnalysisTable> tables = dashboard.tables(
                new AnalysisDashboard.Asked(new ReportMonths(DECEMBER, DECEMBER), null, DateBasis.ASSESSED));

        AnalysisTable byMonth = tables.stream()
                .filter(t -> t.id().equals("by-month"))
                .findFirst()
                .orElseThrow();
        assertThat(byMonth.headers()).last().isEqualTo("Children heard more than once");
        assertThat(row(tables, "by-month", "December 2026")).last().isEqualTo("5");
    }

    @Test
    void referralsNamingNoLocalAuthorityAreOnNoAgendaSoConversionLeavesThemOut() {
        // An analyst's trial: the month read 5 of 15 (33%) here and 5 of 14 (36%) in the panel report, which
        // has no row for a referral naming no local authority.
        when(figures.counted(any())).thenReturn(List.of(screened(4), screened(4, null)));
        when(panel.months(any(), any(), any(), anyList()))
                .thenReturn(List.of(new MonthFigures(DECEMBER, "GATESHEAD", 4, 1, 1, 0, Map.of(), 1)));
        when(figures.screenedHeard(any(), anyBoolean()))
                .thenReturn(Map.of(
                        AnalysisFigures.childrenKey(DECEMBER.toString(), null, false), 1L,
                        AnalysisFigures.childrenKey(null, "GATESHEAD", true), 1L));

        AnalysisDashboard.Shown shown = dashboard.shown(
                new AnalysisDashboard.Asked(new ReportMonths(DECEMBER, DECEMBER), null, DateBasis.ASSESSED));

        List<String> december = row(shown.tables(), "by-month", "December 2026");
        assertThat(december.get(3)).as("screened, all of them").isEqualTo("8");
        assertThat(december.get(6)).as("conversion, of those on an agenda").isEqualTo("25%");
        assertThat(row(shown.tables(), "by-authority", "Gateshead").get(6)).isEqualTo("25%");
        assertThat(row(shown.tables(), "by-authority", "No local authority given")
                        .get(6))
                .as("on no agenda: no conversion, not 0%")
                .isEmpty();
        assertThat(shown.noReferrals()).isNull();
        assertThat(shown.tables().stream()
                        .filter(t -> t.id().equals("by-authority"))
                        .findFirst()
                        .orElseThrow()
                        .title())
                .as("every local authority, whichever is chosen: the title says so, not only a note")
                .isEqualTo("Referrals, children and the panel in every local authority, over the months chosen");
    }

    @Test
    void aChoiceWithNoReferralIsToldSoNamingTheAuthorityChosen() {
        // A review: Sunderland chosen in months it had none said "every count below is 0" above the table of
        // every local authority, which still counted Gateshead's.
        when(figures.counted(any())).thenReturn(List.of(screened(4)));
        when(panel.months(any(), any(), any(), anyList())).thenReturn(List.of());
        when(figures.screenedHeard(any(), anyBoolean())).thenReturn(Map.of());

        String said = dashboard
                .shown(new AnalysisDashboard.Asked(
                        new ReportMonths(DECEMBER, DECEMBER), "SUNDERLAND", DateBasis.ASSESSED))
                .noReferrals();

        assertThat(said)
                .startsWith("No referral naming Sunderland was made in these months")
                .contains("The table of every local authority still counts the others");
        assertThat(dashboard
                        .shown(new AnalysisDashboard.Asked(
                                new ReportMonths(DECEMBER, DECEMBER), "GATESHEAD", DateBasis.ASSESSED))
                        .noReferrals())
                .isNull();
        assertThat(dashboard
                        .shown(new AnalysisDashboard.Asked(
                                new ReportMonths(DECEMBER, DECEMBER), "OTHER", DateBasis.ASSESSED))
                        .noReferrals())
                .startsWith("No referral naming another local authority was made in these months");
    }

    private static Counted screened(long decisions) {
        return screened(decisions, "GATESHEAD");
    }

    private static Counted screened(long decisions, String localAuthority) {
        return new Counted(
                DECEMBER.toString(),
                localAuthority,
                "MODERATE",
                "PRE_MSET",
                true,
                true,
                "FEMALE",
                "13_TO_15",
                "CHILD_IN_NEED",
                "POLICE",
                "CSE",
                decisions);
    }

    private static List<String> row(List<AnalysisTable> tables, String id, String first) {
        return tables.stream()
                .filter(t -> t.id().equals(id))
                .flatMap(t -> t.rows().stream())
                .filter(r -> r.cells().get(0).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no row " + first))
                .cells();
    }
}
