package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.report.AnalysisFigures.Counted;
import org.msettriage.service.report.AnalysisFigures.Interviews;

/**
 * A count the dashboard withholds in one place is withheld wherever it shows: an analyst's trial found a
 * group's screened count withheld in its profile table and shown in the rates by group, and one local
 * authority's children left as the only withheld count of its column.
 */
class DashboardDisclosureTest {

    private static final String MONTH = "2026-11";

    private final AnalysisFigures figures = mock(AnalysisFigures.class);
    private final PanelFigures panel = mock(PanelFigures.class);
    private final AgreedActions agreedActions = mock(AgreedActions.class);
    private final PanelUnmetFigures unmet = mock(PanelUnmetFigures.class);
    private final AnalysisDashboard dashboard = new AnalysisDashboard(
            figures,
            panel,
            agreedActions,
            new ReportSettings(5, 5, ZoneId.of("Europe/London")),
            unmet,
            mock(RuleTitles.class));

    @Test
    void aGroupWithheldInItsProfileIsWithheldInTheRatesByGroup() {
        List<Counted> rows = new ArrayList<>();
        // Screened by age band: 3 (withheld), 9 (withheld with it, the smallest shown), 40 and 30.
        rows.add(screened("UNDER_10", "GATESHEAD", 3));
        rows.add(screened("10_TO_12", "GATESHEAD", 9));
        rows.add(screened("13_TO_15", "GATESHEAD", 40));
        rows.add(screened("16_TO_17", "GATESHEAD", 30));
        when(figures.counted(any())).thenReturn(rows);

        List<AnalysisTable> tables = dashboard.tables(asked());

        assertThat(cell(tables, "profile-age-band", "10 to 12", 2)).isEqualTo(AnalysisTable.WITHHELD);
        assertThat(cell(tables, "outcome-rates", "10 to 12", 2)).isEqualTo(AnalysisTable.WITHHELD);
        assertThat(cell(tables, "outcome-rates", "10 to 12", 9)).isEqualTo("Not compared: too few to show");
    }

    @Test
    void aLocalAuthoritysChildrenAreNeverTheOnlyCountWithheldInTheirColumn() {
        List<Counted> rows = List.of(
                screened("13_TO_15", "GATESHEAD", 40),
                screened("13_TO_15", "NEWCASTLE", 20),
                screened("13_TO_15", "SUNDERLAND", 9));
        when(figures.counted(any())).thenReturn(rows);
        Map<String, Long> children = new HashMap<>();
        children.put(AnalysisFigures.childrenKey(null, "GATESHEAD", true), 30L);
        children.put(AnalysisFigures.childrenKey(null, "NEWCASTLE", true), 3L);
        children.put(AnalysisFigures.childrenKey(null, "SUNDERLAND", true), 9L);
        when(figures.children(any(), anyBoolean())).thenReturn(children);

        List<AnalysisTable> tables = dashboard.tables(asked());

        assertThat(column(tables, "by-authority", 2))
                .filteredOn(AnalysisTable.WITHHELD::equals)
                .hasSize(2);
        // A rate left blank is explained under its table (an accessibility trial found blanks unexplained).
        assertThat(column(tables, "by-authority", 6)).contains("");
        assertThat(String.join(" ", table(tables, "by-authority").notes()))
                .contains("A blank conversion cannot be worked out: a count it needs is withheld, or none were"
                        + " screened.");
        assertThat(String.join(" ", table(tables, "interviews").notes()))
                .contains("A blank share cannot be worked out");
    }

    @Test
    void oneReferralInTheMonthsShowsNothingAboutItsChildButWithheld() {
        // An analyst's trial read a child's gender, age band, care status and the rest off the profile tables:
        // "withheld" in the child's groups and 0 in every other.
        when(figures.counted(any())).thenReturn(List.of(screened("16_TO_17", "NEWCASTLE", 1)));
        when(unmet.screened(any())).thenReturn(List.of(new PanelUnmetFigures.Screened("NEWCASTLE", false, null, 1)));
        // Two children heard at Newcastle's meeting, no exit, and their plans of twelve police actions.
        when(panel.months(any(), any(), any(), anyList()))
                .thenReturn(List.of(
                        new PanelFigures.MonthFigures(YearMonth.parse(MONTH), "NEWCASTLE", 1, 1, 2, 0, Map.of(), 2)));
        when(agreedActions.byMonth(any(), any(), any()))
                .thenReturn(Map.of(MONTH + " NEWCASTLE", Map.of("POLICE", new AgreedActions.Led(12, 6))));
        Interviews sixDueNoneInTime = new Interviews(6, 0);
        when(figures.interviews(any(), anyBoolean()))
                .thenReturn(Map.of(
                        AnalysisFigures.childrenKey(MONTH, null, false), sixDueNoneInTime,
                        AnalysisFigures.childrenKey(null, null, false), sixDueNoneInTime));

        List<AnalysisTable> tables = dashboard.tables(asked());

        for (Dimension dimension : AnalysisDashboard.PROFILES) {
            String id = "profile-" + dimension.name().toLowerCase(Locale.ROOT).replace('_', '-');
            assertThat(table(tables, id).rows())
                    .as(id)
                    .allSatisfy(
                            row -> assertThat(row.cells().subList(1, row.cells().size()))
                                    .containsOnly(AnalysisTable.WITHHELD));
        }
        assertThat(table(tables, "by-authority").rows())
                .as("the local authority is the child's too")
                .allSatisfy(row -> assertThat(row.cells().subList(1, 5)).containsOnly(AnalysisTable.WITHHELD));
        for (String id : List.of("risk-levels", "pathways", "exits", "agreed-actions", "panel-unmet")) {
            assertThat(table(tables, id).rows())
                    .as(id + ": the level, route, screening and hearings are the few children's too")
                    .allSatisfy(
                            row -> assertThat(row.cells().subList(1, row.cells().size()))
                                    .containsOnly(AnalysisTable.WITHHELD));
        }
        assertThat(table(tables, "by-month").rows().get(0).cells().subList(1, 5))
                .as("referrals, children, screened and panel eligible of the month")
                .containsOnly(AnalysisTable.WITHHELD);
        assertThat(table(tables, "interviews").rows())
                .as("6 due would show as 5, and 0 in time: the child's episodes")
                .allSatisfy(row -> assertThat(row.cells().subList(1, 3)).containsOnly(AnalysisTable.WITHHELD));
        assertThat(table(tables, "profile-gender").chartLeavesOutWithheld())
                .as("its page says the chart's gaps are withheld counts")
                .isTrue();
        assertThat(table(tables, "by-month").chartLeavesOutWithheld()).isTrue();
    }

    @Test
    void aGroupWithheldIsWithheldInEveryColumnCountedFromIt() {
        List<Counted> rows = new ArrayList<>();
        rows.add(screened("13_TO_15", "GATESHEAD", 40));
        rows.add(screened("16_TO_17", "GATESHEAD", 30));
        rows.add(notScreened("UNDER_10", 3));
        rows.add(notScreened("10_TO_12", 20));
        when(figures.counted(any())).thenReturn(rows);

        List<AnalysisTable> tables = dashboard.tables(asked());

        assertThat(cell(tables, "profile-age-band", "Under 10", 2))
                .as("0 screened of the 3 under 10: the 3 children's, so withheld with them")
                .isEqualTo(AnalysisTable.WITHHELD);
        assertThat(cell(tables, "profile-age-band", "10 to 12", 1))
                .as("20 withheld beside the 3 as the smallest other count")
                .isEqualTo(AnalysisTable.WITHHELD);
        assertThat(cell(tables, "profile-age-band", "10 to 12", 2))
                .as("and so its 0 screened too")
                .isEqualTo(AnalysisTable.WITHHELD);
        assertThat(cell(tables, "profile-age-band", "18 and over", 2))
                .as("no referral at all: 0 tells nothing of anyone")
                .isEqualTo("0");
        assertThat(cell(tables, "profile-age-band", "13 to 15", 2)).isEqualTo("40");
        assertThat(table(tables, "profile-care-status").chartLeavesOutWithheld())
                .as("every care status counted in full")
                .isFalse();
        assertThat(cell(tables, "outcome-rates", "Under 10", 9)).isEqualTo("Not compared: too few to show");
    }

    @Test
    void aFewUnscreenedReferralsShowNoZeroWhyTheyDidNotReachThePanel() {
        // A review: "Screened: 0" here beside the referrals' "withheld" said the children were not screened.
        when(figures.counted(any())).thenReturn(List.of(notScreened("UNDER_10", 3)));

        List<AnalysisTable> tables = dashboard.tables(asked());

        assertThat(table(tables, "panel-unmet").rows())
                .allSatisfy(row -> assertThat(row.cells().get(1)).isEqualTo(AnalysisTable.WITHHELD));
    }

    @Test
    void aRestMadeOnlyOfWithheldGroupsIsWithheld() {
        // A review: "13 to 15" against a rest of the 3 under 10 and the 20 aged 10 to 12 (withheld beside
        // them), none screened, read "Rest: 0 screened", which said so of the three. The profile's own
        // withholding now takes "13 to 15" with them, so the group is not compared at all.
        when(figures.counted(any()))
                .thenReturn(List.of(
                        screened("13_TO_15", "GATESHEAD", 40),
                        notScreened("UNDER_10", 3),
                        notScreened("10_TO_12", 20)));

        List<AnalysisTable> tables = dashboard.tables(asked());

        assertThat(cell(tables, "outcome-rates", "13 to 15", 4)).isEqualTo(AnalysisTable.WITHHELD);
        assertThat(cell(tables, "outcome-rates", "13 to 15", 5)).isEqualTo(AnalysisTable.WITHHELD);
        assertThat(cell(tables, "outcome-rates", "13 to 15", 9)).isEqualTo("Not compared: too few to show");
    }

    private static AnalysisDashboard.Asked asked() {
        YearMonth month = YearMonth.parse(MONTH);
        return new AnalysisDashboard.Asked(new ReportMonths(month, month), null, DateBasis.DECIDED);
    }

    private static Counted screened(String ageBand, String authority, long decisions) {
        return new Counted(
                MONTH,
                authority,
                "MODERATE",
                "PRE_MSET",
                true,
                false,
                "FEMALE",
                ageBand,
                "CHILD_IN_NEED",
                "POLICE",
                "CSE",
                decisions);
    }

    private static Counted notScreened(String ageBand, long decisions) {
        return new Counted(
                MONTH,
                "GATESHEAD",
                "NONE",
                "SINGLE_AGENCY",
                false,
                false,
                "FEMALE",
                ageBand,
                "CHILD_IN_NEED",
                "POLICE",
                "",
                decisions);
    }

    private static AnalysisTable table(List<AnalysisTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static String cell(List<AnalysisTable> tables, String id, String group, int column) {
        return table(tables, id).rows().stream()
                .filter(row -> row.cells().contains(group))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no row " + group))
                .cells()
                .get(column);
    }

    private static List<String> column(List<AnalysisTable> tables, String id, int column) {
        return table(tables, id).rows().stream()
                .map(row -> row.cells().get(column))
                .toList();
    }
}
