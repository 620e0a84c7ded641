package org.msettriage.service.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decisions of a period counted in the database for the analysts, from the outcome and profile
 * columns only (never a request): one grouped query gives every combination of month, local authority,
 * outcome and profile with its count, from which every table and breakdown is summed here; distinct
 * children need queries of their own, as they do not add up. Months are joined from a table of their
 * bounds worked out here, as {@link PanelFigures} does, so they are the reporting zone's.
 */
@Repository
class AnalysisFigures {

    /** How many decisions had one combination of values (month null when not counted by month). */
    record Counted(
            String month,
            String localAuthority,
            String riskLevel,
            String pathway,
            boolean preMsetEligible,
            boolean msetPanelEligible,
            String gender,
            String ageBand,
            String careStatus,
            String referringAgency,
            String exploitationTypes,
            long decisions) {}

    /** Return home interviews: due, and of those offered within 72 hours of the return. */
    record Interviews(long due, long offered) {

        Interviews plus(Interviews more) {
            return new Interviews(due + more.due, offered + more.offered);
        }
    }

    /** A period [from, before) of instants, open where null, and the months to count it by (empty: none). */
    record Period(DateBasis basis, OffsetDateTime from, OffsetDateTime before, List<YearMonth> months, ZoneId zone) {}

    private static final String COLUMNS = "d.local_authority, d.risk_level, d.pathway, d.pre_mset_eligible,"
            + " d.mset_panel_eligible, d.gender, d.age_band, d.care_status, d.referring_agency,"
            + " d.exploitation_types";

    private final JdbcClient jdbc;

    AnalysisFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Counted> counted(Period period) {
        boolean byMonth = !period.months().isEmpty();
        String sql = "SELECT " + (byMonth ? "m.month_label, " : "") + COLUMNS
                + ", COUNT(*) AS decisions"
                + " FROM decision d" + monthJoin(period) + where(period) + " GROUP BY "
                + (byMonth ? "m.month_label, " : "") + COLUMNS;
        return bind(jdbc.sql(sql), period)
                .query((row, n) -> new Counted(
                        byMonth ? row.getString("month_label") : null,
                        row.getString("local_authority"),
                        row.getString("risk_level"),
                        row.getString("pathway"),
                        row.getBoolean("pre_mset_eligible"),
                        row.getBoolean("mset_panel_eligible"),
                        row.getString("gender"),
                        row.getString("age_band"),
                        row.getString("care_status"),
                        row.getString("referring_agency"),
                        row.getString("exploitation_types"),
                        row.getLong("decisions")))
                .list();
    }

    /**
     * Distinct children (by the keyed hash of their reference; none once retention removed it) the period's
     * decisions were about, per month when the period has months and per local authority when asked, keyed
     * "month authority" with "" for a part not counted by and "-" for no local authority.
     */
    Map<String, Long> children(Period period, boolean byAuthority) {
        return countedByGroup(period, byAuthority, "COUNT(DISTINCT d.child_ref_hash)", "d.child_ref_hash IS NOT NULL");
    }

    /**
     * The period's screened (Pre-MSET eligible) decisions that were heard at the panel ({@link
     * PanelFigures#DECISION_HEARD}), keyed as {@link #children}: what conversion divides by the screened.
     */
    Map<String, Long> screenedHeard(Period period, boolean byAuthority) {
        return countedByGroup(
                period, byAuthority, "COUNT(*)", "d.pre_mset_eligible = TRUE AND " + PanelFigures.DECISION_HEARD);
    }

    /** One count of the period's decisions meeting a condition, keyed as {@link #children}. */
    private Map<String, Long> countedByGroup(Period period, boolean byAuthority, String count, String condition) {
        Grouping grouping = new Grouping(!period.months().isEmpty(), byAuthority);
        String sql = grouping.select() + count + " AS counted FROM decision d" + monthJoin(period) + where(period)
                + " AND " + condition + grouping.groupBy();
        Map<String, Long> counted = new HashMap<>();
        bind(jdbc.sql(sql), period).query(row -> {
            counted.put(grouping.key(row), row.getLong("counted"));
        });
        return counted;
    }

    /**
     * Return home interviews of the period's decisions, keyed as {@link #children}: each missing episode
     * once however many of the decisions report it (by its keyed hash), offered in time when any of them
     * says so; decisions stored before episodes were kept (migration 35) add their own counts as before.
     */
    Map<String, Interviews> interviews(Period period, boolean byAuthority) {
        Grouping grouping = new Grouping(!period.months().isEmpty(), byAuthority);
        Map<String, Interviews> interviews = new HashMap<>();
        String episodes = grouping.select() + "COUNT(DISTINCT i.episode_hash) AS due,"
                + " COUNT(DISTINCT CASE WHEN i.offered THEN i.episode_hash END) AS offered FROM decision d"
                + " JOIN decision_return_interview i ON i.decision_id = d.decision_id" + monthJoin(period)
                + where(period) + grouping.groupBy();
        String before = grouping.select() + "SUM(d.rhi_due) AS due, SUM(d.rhi_offered) AS offered FROM decision d"
                + monthJoin(period) + where(period) + " AND d.rhi_due > 0 AND NOT EXISTS (SELECT 1 FROM"
                + " decision_return_interview i WHERE i.decision_id = d.decision_id)" + grouping.groupBy();
        for (String sql : List.of(episodes, before)) {
            bind(jdbc.sql(sql), period).query(row -> {
                interviews.merge(
                        grouping.key(row),
                        new Interviews(row.getLong("due"), row.getLong("offered")),
                        Interviews::plus);
            });
        }
        return interviews;
    }

    /**
     * What a count is grouped by (the month when the period has months, the local authority when asked),
     * written once for every count keyed as {@link #children}.
     */
    private record Grouping(boolean byMonth, boolean byAuthority) {

        private String columns() {
            return (byMonth ? "m.month_label" : "")
                    + (byMonth && byAuthority ? ", " : "")
                    + (byAuthority ? "d.local_authority" : "");
        }

        String select() {
            return "SELECT " + (columns().isEmpty() ? "" : columns() + ", ");
        }

        String groupBy() {
            return columns().isEmpty() ? "" : " GROUP BY " + columns();
        }

        String key(ResultSet row) throws SQLException {
            return childrenKey(
                    byMonth ? row.getString("month_label") : null,
                    byAuthority ? row.getString("local_authority") : null,
                    byAuthority);
        }
    }

    /** The earliest date (by the basis) of any decision, if there is one. */
    OffsetDateTime first(DateBasis basis) {
        return jdbc.sql("SELECT MIN(" + basis.column + ") FROM decision")
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
    }

    static String childrenKey(String month, String localAuthority, boolean byAuthority) {
        return (month == null ? "" : month) + " "
                + (byAuthority ? (localAuthority == null ? "-" : localAuthority) : "");
    }

    private static String monthJoin(Period period) {
        return period.months().isEmpty()
                ? ""
                : " JOIN (VALUES :months) AS m (month_label, starts_at, ends_at) ON d." + period.basis().column
                        + " >= m.starts_at AND d." + period.basis().column + " < m.ends_at";
    }

    static String where(Period period) {
        String column = "d." + period.basis().column;
        return " WHERE (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR " + column + " >= :from)"
                + " AND (CAST(:before AS TIMESTAMP WITH TIME ZONE) IS NULL OR " + column + " < :before)";
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Period period) {
        statement = statement.param("from", period.from()).param("before", period.before());
        if (!period.months().isEmpty()) {
            statement = statement.param(
                    "months",
                    period.months().stream()
                            .map(m -> new Object[] {
                                m.toString(), startOf(m, period.zone()), startOf(m.plusMonths(1), period.zone())
                            })
                            .toList());
        }
        return statement;
    }

    static OffsetDateTime startOf(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
