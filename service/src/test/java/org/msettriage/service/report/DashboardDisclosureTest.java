package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.report.AnalysisFigures.Counted;

/**
 * A count the dashboard withholds in one place is withheld wherever it shows: an analyst's trial found a
 * group's screened count withheld in its profile table and shown in the rates by group, and one local
 * authority's children left as the only withheld count of its column.
 */
class DashboardDisclosureTest {

    private static final String MONTH = "2026-11";

    private final AnalysisFigures figures = mock(AnalysisFigures.class);
    private final AnalysisDashboard dashboard = new AnalysisDashboard(
            figures,
            mock(PanelFigures.class),
            mock(AgreedActions.class),
            new ReportSettings(5, 5, ZoneId.of("Europe/London")),
            mock(PanelUnmetFigures.class),
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
