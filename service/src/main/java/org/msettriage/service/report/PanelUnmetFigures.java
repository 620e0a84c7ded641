package org.msettriage.service.report;

import java.util.List;
import org.msettriage.service.report.AnalysisFigures.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The screened (Pre-MSET eligible) decisions of a period counted in the database, by local authority, by
 * whether they reached the panel and, for those that did not, by the eligibility rules that refused it (the
 * stored {@code panel_unmet_rules}, migration 36): the least for "why screened referrals did not reach the
 * panel", from no request and no personal column.
 */
@Repository
class PanelUnmetFigures {

    /** How many screened decisions had one local authority, panel answer and set of refusing rules. */
    record Screened(String localAuthority, boolean reached, String unmetRules, long decisions) {}

    private final JdbcClient jdbc;

    PanelUnmetFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Over the whole period (its months are not counted by). */
    List<Screened> screened(Period period) {
        String sql = "SELECT d.local_authority, d.mset_panel_eligible, d.panel_unmet_rules, COUNT(*) AS decisions"
                + " FROM decision d" + AnalysisFigures.where(period) + " AND d.pre_mset_eligible"
                + " GROUP BY d.local_authority, d.mset_panel_eligible, d.panel_unmet_rules";
        return AnalysisFigures.bind(jdbc.sql(sql), period)
                .query((row, n) -> new Screened(
                        row.getString("local_authority"),
                        row.getBoolean("mset_panel_eligible"),
                        row.getString("panel_unmet_rules"),
                        row.getLong("decisions")))
                .list();
    }
}
