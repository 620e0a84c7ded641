package org.msettriage.service.report;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The panel's figures (policy v1.1, section 11) per calendar month and local authority, counted in the
 * database: three grouped queries over the whole period, each joined to a table of the months' bounds
 * worked out here (so no database's own date functions are needed, and the months are the zone's).
 */
@Repository
class PanelFigures {

    /** One local authority's counts in one month, exact (disclosure control is the report's). */
    record MonthFigures(
            YearMonth month,
            String localAuthority,
            long screened,
            long screenedHeard,
            long heard,
            long childrenHeardMoreThanOnce,
            Map<String, Long> exits,
            long plansAgreed) {}

    /**
     * That the outcome o is a hearing as last recorded: a plan agreed or an exit, and no later revision of
     * that child's item at that meeting corrected it (a corrected outcome counts only as its correction).
     */
    private static final String HEARING = """
            o.outcome IN ('PLAN_AGREED', 'EXITED')
            AND NOT EXISTS (SELECT 1 FROM panel_outcome later
                            WHERE later.meeting_id = o.meeting_id AND later.decision_id = o.decision_id
                              AND later.revision > o.revision)""";

    /**
     * Each item's effective outcome (its highest revision: earlier ones were corrected) where the child was
     * heard, with the meeting's local authority and day and the child's reference (null once retention
     * removed it).
     */
    private static final String HEARD = """
            WITH heard AS (
                SELECT pm.local_authority, pm.held_on, o.outcome, o.exit_reason, d.child_ref_hash
                FROM panel_outcome o
                JOIN panel_meeting pm ON pm.meeting_id = o.meeting_id
                JOIN decision d ON d.decision_id = o.decision_id
                WHERE %s)
            """.formatted(HEARING);

    /**
     * Whether the screened decision d reached the panel: its child was heard (an item's effective outcome,
     * at any meeting, is a hearing) on d itself or on a later decision of the same child in the same local
     * authority, since an agenda lists each child once, by the latest decision (so a child referred three
     * times in January and heard in February reached the panel on all three). The share of screened
     * referrals that reached the panel is read from this, not from the month's hearings, which count
     * reviews and referrals screened in earlier months too (a trial's December read 200%). A decision whose
     * child's reference retention removed counts by its own outcome alone.
     */
    static final String DECISION_HEARD = """
            (EXISTS (SELECT 1 FROM panel_outcome o
                     WHERE o.decision_id = d.decision_id AND %1$s)
             OR EXISTS (SELECT 1 FROM decision hd JOIN panel_outcome o ON o.decision_id = hd.decision_id
                        WHERE hd.child_ref_hash = d.child_ref_hash AND hd.local_authority = d.local_authority
                          AND hd.assessed_at >= d.assessed_at AND %1$s))""".formatted(HEARING);

    private final JdbcClient jdbc;

    PanelFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every month from first to last (both included) with every one of the local authorities, in that order. */
    List<MonthFigures> months(YearMonth first, YearMonth last, ZoneId zone, List<String> localAuthorities) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        Map<String, Long> screened = new HashMap<>();
        Map<String, Long> screenedHeard = new HashMap<>();
        screened(months, zone, screened, screenedHeard);
        Map<String, Long> heard = new HashMap<>();
        Map<String, Map<String, Long>> exits = new HashMap<>();
        Map<String, Long> plans = new HashMap<>();
        heard(months, heard, exits, plans);
        Map<String, Long> heardAgain = heardMoreThanOnce(months);
        List<MonthFigures> rows = new ArrayList<>();
        for (YearMonth month : months) {
            for (String authority : localAuthorities) {
                String key = key(month.toString(), authority);
                rows.add(new MonthFigures(
                        month,
                        authority,
                        screened.getOrDefault(key, 0L),
                        screenedHeard.getOrDefault(key, 0L),
                        heard.getOrDefault(key, 0L),
                        heardAgain.getOrDefault(key, 0L),
                        exits.getOrDefault(key, Map.of()),
                        plans.getOrDefault(key, 0L)));
            }
        }
        return rows;
    }

    /**
     * Pre-MSET eligible decisions per month (of assessedAt, in the zone) and local authority, and of those
     * the ones heard at the panel ({@link #DECISION_HEARD}).
     */
    private void screened(
            List<YearMonth> months, ZoneId zone, Map<String, Long> screened, Map<String, Long> screenedHeard) {
        List<Object[]> bounds = months.stream()
                .map(m -> new Object[] {m.toString(), startOf(m, zone), startOf(m.plusMonths(1), zone)})
                .toList();
        jdbc.sql("""
                SELECT m.month_label, d.local_authority, COUNT(*) AS decisions,
                       SUM(CASE WHEN %s THEN 1 ELSE 0 END) AS heard
                FROM decision d
                JOIN (VALUES :months) AS m (month_label, starts_at, ends_at)
                  ON d.assessed_at >= m.starts_at AND d.assessed_at < m.ends_at
                WHERE d.pre_mset_eligible = TRUE AND d.assessed_at >= :from AND d.assessed_at < :until
                GROUP BY m.month_label, d.local_authority
                """.formatted(DECISION_HEARD))
                .param("months", bounds)
                .param("from", startOf(months.get(0), zone))
                .param("until", startOf(months.get(months.size() - 1).plusMonths(1), zone))
                .query(row -> {
                    String key = key(row.getString("month_label"), row.getString("local_authority"));
                    screened.put(key, row.getLong("decisions"));
                    screenedHeard.put(key, row.getLong("heard"));
                });
    }

    /**
     * Effective heard outcomes per month (of the meeting's day) and local authority, their exits by reason, and
     * their plans agreed (counted as such, not as the hearings less the exits: an exit stored without a reason
     * would count as a plan).
     */
    private void heard(
            List<YearMonth> months,
            Map<String, Long> heard,
            Map<String, Map<String, Long>> exits,
            Map<String, Long> plans) {
        jdbc.sql(HEARD + """
                SELECT m.month_label, h.local_authority, h.outcome, h.exit_reason, COUNT(*) AS outcomes
                FROM heard h
                JOIN (VALUES :months) AS m (month_label, first_day, next_first_day)
                  ON h.held_on >= m.first_day AND h.held_on < m.next_first_day
                GROUP BY m.month_label, h.local_authority, h.outcome, h.exit_reason
                """).param("months", days(months)).query(row -> {
            String key = key(row.getString("month_label"), row.getString("local_authority"));
            long outcomes = row.getLong("outcomes");
            heard.merge(key, outcomes, Long::sum);
            if ("PLAN_AGREED".equals(row.getString("outcome"))) {
                plans.merge(key, outcomes, Long::sum);
            }
            if ("EXITED".equals(row.getString("outcome")) && row.getString("exit_reason") != null) {
                exits.computeIfAbsent(key, k -> new HashMap<>())
                        .merge(row.getString("exit_reason"), outcomes, Long::sum);
            }
        });
    }

    /** Distinct children heard per month and local authority who were heard at an earlier meeting of it. */
    private Map<String, Long> heardMoreThanOnce(List<YearMonth> months) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(HEARD + """
                SELECT m.month_label, h.local_authority, COUNT(DISTINCT h.child_ref_hash) AS children
                FROM heard h
                JOIN (VALUES :months) AS m (month_label, first_day, next_first_day)
                  ON h.held_on >= m.first_day AND h.held_on < m.next_first_day
                WHERE h.child_ref_hash IS NOT NULL
                  AND EXISTS (SELECT 1 FROM heard earlier
                              WHERE earlier.local_authority = h.local_authority
                                AND earlier.child_ref_hash = h.child_ref_hash
                                AND earlier.held_on < h.held_on)
                GROUP BY m.month_label, h.local_authority
                """).param("months", days(months)).query(row -> {
            counts.put(key(row.getString("month_label"), row.getString("local_authority")), row.getLong("children"));
        });
        return counts;
    }

    private static List<Object[]> days(List<YearMonth> months) {
        return months.stream()
                .map(m ->
                        new Object[] {m.toString(), m.atDay(1), m.plusMonths(1).atDay(1)})
                .toList();
    }

    private static OffsetDateTime startOf(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }

    private static String key(String month, String localAuthority) {
        return month + " " + localAuthority;
    }
}
