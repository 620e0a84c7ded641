package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.MigratedStores;
import org.msettriage.service.report.AnalysisFigures.Period;
import org.msettriage.service.report.AnalysisTable.Row;
import org.msettriage.service.store.HashBytes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Why screened referrals did not reach the panel" counted from rows written straight into a migrated store
 * of its own: only screened referrals of the period, each refused one under every rule that refused it, by
 * the rule's title, with those whose reasons were not recorded, and every count withheld or rounded. H2 here;
 * PostgreSQL in the subclass.
 */
class PanelUnmetFiguresTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ReportSettings EXACT = new ReportSettings(1, 1, LONDON);
    private static final Map<String, String> TITLES = Map.of(
            "NOT_LEVEL", "The panel considers Moderate and Significant risk only",
            "NOT_ADDS_VALUE", "The panel needs something it can add");

    private JdbcClient jdbc;
    private PanelUnmetFigures figures;

    DataSource database() {
        return MigratedStores.h2("panel-unmet-figures");
    }

    @BeforeEach
    void migratedStore() {
        jdbc = JdbcClient.create(database());
        figures = new PanelUnmetFigures(jdbc);
    }

    @Test
    void eachRefusedReferralCountsUnderEveryRuleThatRefusedItByTheRulesTitle() {
        decisions(3, true, true, null, "2026-11-03T10:00:00Z");
        decisions(2, true, false, "NOT_LEVEL", "2026-11-04T10:00:00Z");
        decisions(4, true, false, "NOT_ADDS_VALUE,NOT_LEVEL", "2026-11-05T10:00:00Z");
        decisions(1, true, false, "NOT_ADDS_VALUE", "2026-11-06T10:00:00Z");
        decisions(1, true, false, null, "2026-11-07T10:00:00Z");
        decisions(1, true, false, "NOT_SOME_LATER_RULE", "2026-11-08T10:00:00Z");
        // Not counted: not screened, or outside the period.
        decisions(5, false, false, "NOT_LEVEL,NOT_PRE_MSET", "2026-11-09T10:00:00Z");
        decisions(2, true, false, "NOT_LEVEL", "2026-12-01T10:00:00Z");

        AnalysisTable table =
                PanelUnmetTable.of(PanelUnmetTable.counted(figures.screened(november()), 17L, EXACT), TITLES);

        assertThat(table.title()).isEqualTo("Why screened referrals did not reach the panel");
        assertThat(table.rows())
                .extracting(Row::cells)
                .containsExactly(
                        List.of("The panel considers Moderate and Significant risk only", "6"),
                        List.of("The panel needs something it can add", "5"),
                        List.of(RuleTitles.NO_LONGER_IN_FORCE, "1"),
                        List.of("Reason not recorded", "1"),
                        List.of("Did not reach the panel", "9"),
                        List.of("Screened (Pre-MSET eligible)", "12"));
        assertThat(table.csv()).doesNotContain("NOT_LEVEL").doesNotContain("NOT_ADDS_VALUE");
    }

    @Test
    void aSmallCountIsWithheldWithTheSmallestOtherReasonAndTheTotalsRounded() {
        decisions(12, true, true, null, "2026-11-03T10:00:00Z");
        decisions(3, true, false, "NOT_LEVEL", "2026-11-04T10:00:00Z");
        decisions(8, true, false, "NOT_ADDS_VALUE", "2026-11-05T10:00:00Z");

        AnalysisTable table = PanelUnmetTable.of(
                PanelUnmetTable.counted(figures.screened(november()), 25L, new ReportSettings(5, 5, LONDON)), TITLES);

        assertThat(table.rows())
                .extracting(Row::cells)
                .containsExactly(
                        List.of("The panel considers Moderate and Significant risk only", AnalysisTable.WITHHELD),
                        List.of("The panel needs something it can add", AnalysisTable.WITHHELD),
                        List.of("Reason not recorded", "0"),
                        List.of("Did not reach the panel", "10"),
                        List.of("Screened (Pre-MSET eligible)", "25"));
    }

    @Test
    void aFewReferralsShowNothingButWithheldNotEvenWhetherTheyWereScreened() {
        // A review: "Screened: 0" beside the referrals' "withheld" said the few children were not screened, and
        // a rule's row of its own named the rule that refused one of them.
        decisions(1, true, false, "NOT_SOME_LATER_RULE", "2026-11-04T10:00:00Z");
        decisions(2, false, false, "NOT_LEVEL,NOT_PRE_MSET", "2026-11-09T10:00:00Z");

        AnalysisTable table = PanelUnmetTable.of(
                PanelUnmetTable.counted(figures.screened(november()), null, new ReportSettings(5, 5, LONDON)), TITLES);

        assertThat(table.rows())
                .extracting(Row::cells)
                .containsExactly(
                        List.of("The panel considers Moderate and Significant risk only", AnalysisTable.WITHHELD),
                        List.of("The panel needs something it can add", AnalysisTable.WITHHELD),
                        List.of("Reason not recorded", AnalysisTable.WITHHELD),
                        List.of("Did not reach the panel", AnalysisTable.WITHHELD),
                        List.of("Screened (Pre-MSET eligible)", AnalysisTable.WITHHELD));
    }

    private static Period november() {
        return new Period(
                DateBasis.ASSESSED,
                OffsetDateTime.parse("2026-11-01T00:00:00Z"),
                OffsetDateTime.parse("2026-12-01T00:00:00Z"),
                List.of(),
                LONDON);
    }

    private void decisions(int count, boolean screened, boolean panel, String unmet, String at) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    INSERT INTO decision (decision_id, decided_at, assessed_at, ruleset_version, ruleset_sha256,
                                          risk_level, fired_rules_json, local_authority, pathway, pre_mset_eligible,
                                          mset_panel_eligible, caller_method, caller_name, panel_unmet_rules)
                    VALUES (:id, :at, :at, '2026.12.2', :sha, 'EMERGING', '{}', 'SUNDERLAND', 'PRE_MSET', :screened,
                            :panel, 'API_KEY', 'test', :unmet)
                    """)
                    .param("id", UUID.randomUUID())
                    .param("at", OffsetDateTime.parse(at))
                    .param("sha", HashBytes.of("0".repeat(64)))
                    .param("screened", screened)
                    .param("panel", panel)
                    .param("unmet", unmet)
                    .update();
        }
    }
}
