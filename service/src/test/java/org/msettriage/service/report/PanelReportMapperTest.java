package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.PanelExitCountDto;
import org.msettriage.api.model.PanelMonthFiguresDto;
import org.msettriage.api.model.PanelReportDto;
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

    @Test
    void withNothingWithheldTheCountsAreExactAndEveryExitReasonIsListed() {
        PanelReportDto report = PanelReportMapper.report(JULY, List.of(figures(7, 3, 1, Map.of("OTHER", 2L))), EXACT);

        PanelMonthFiguresDto row = report.getMonths().get(0);
        assertThat(report.getFromMonth()).isEqualTo("2026-07");
        assertThat(report.getToMonth()).isEqualTo("2026-07");
        assertThat(report.getTimeZone()).isEqualTo("Europe/London");
        assertThat(row.getMonth()).isEqualTo("2026-07");
        assertThat(row.getLocalAuthority().getValue()).isEqualTo("GATESHEAD");
        assertThat(row.getScreened()).isEqualTo(7);
        assertThat(row.getHeard()).isEqualTo(3);
        assertThat(row.getConversion()).isEqualTo(0.43);
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
                        JULY, List.of(figures(7, 3, 0, Map.of("SUFFICIENTLY_SAFE", 12L, "OTHER", 4L))), DEFAULTS)
                .getMonths()
                .get(0);

        assertThat(row.getScreened()).as("7 rounds to 5").isEqualTo(5);
        assertThat(row.getHeard()).as("3 is withheld").isNull();
        assertThat(row.getConversion())
                .as("nothing to divide when heard is withheld")
                .isNull();
        assertThat(row.getChildrenHeardMoreThanOnce()).as("0 is shown").isZero();
        assertThat(row.getExits().get(0).getOutcomes()).as("12 rounds to 10").isEqualTo(10);
        assertThat(row.getExits().get(5).getOutcomes()).as("4 is withheld").isNull();
    }

    @Test
    void conversionIsWorkedOutFromTheCountsAsShown() {
        PanelMonthFiguresDto row = PanelReportMapper.report(JULY, List.of(figures(12, 8, 0, Map.of())), DEFAULTS)
                .getMonths()
                .get(0);

        assertThat(row.getScreened()).isEqualTo(10);
        assertThat(row.getHeard()).isEqualTo(10);
        assertThat(row.getConversion()).as("10 / 10, not 8 / 12").isEqualTo(1.0);
    }

    @Test
    void conversionIsNullWhenNothingWasScreened() {
        assertThat(PanelReportMapper.conversion(0L, 0L)).isNull();
        assertThat(PanelReportMapper.conversion(5L, 0L)).isNull();
        assertThat(PanelReportMapper.conversion(null, 10L)).isNull();
        assertThat(PanelReportMapper.conversion(0L, 10L)).isEqualTo(0.0);
        assertThat(PanelReportMapper.conversion(10L, 15L)).isEqualTo(0.67);
    }

    private static MonthFigures figures(long screened, long heard, long heardAgain, Map<String, Long> exits) {
        return new MonthFigures(YearMonth.of(2026, 7), "GATESHEAD", screened, heard, heardAgain, exits);
    }
}
