package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A downloaded table says in its name which area, which dates and which months it covers. */
class AnalysisCsvNameTest {

    private static final ReportMonths AUTUMN = new ReportMonths(YearMonth.of(2026, 10), YearMonth.of(2026, 12));

    @Test
    void theLocalAuthorityAndTheDateBasisAreInTheName() {
        // Found by an analyst: Gateshead's and Sunderland's downloads had the same name.
        assertThat(AnalysisPages.csvName(
                        "by-month", new AnalysisDashboard.Asked(AUTUMN, "NORTH_TYNESIDE", DateBasis.ASSESSED)))
                .isEqualTo("mset-by-month-north-tyneside-assessed-2026-10-to-2026-12.csv");
        assertThat(AnalysisPages.csvName("by-month", new AnalysisDashboard.Asked(AUTUMN, null, DateBasis.DECIDED)))
                .isEqualTo("mset-by-month-all-areas-decided-2026-10-to-2026-12.csv");
    }
}
