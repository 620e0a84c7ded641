package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates over the stored decisions, read from the indexed outcome columns: never a single decision's
 * content. Decisions stored before the outcome columns existed are filled by migration 4.
 */
@Repository
public class DecisionFigures {

    /** How many decisions in a period had one combination of outcome values. */
    public record OutcomeCount(
            String localAuthority,
            String riskLevel,
            String pathway,
            boolean preMsetEligible,
            boolean msetPanelEligible,
            long decisions) {}

    private final JdbcClient jdbc;
    private final RuleFiringCounts ruleFirings;

    DecisionFigures(JdbcClient jdbc, RuleFiringCounts ruleFirings) {
        this.jdbc = jdbc;
        this.ruleFirings = ruleFirings;
    }

    /** Stored decisions per rule id: how many decisions (by any ruleset version) each rule fired in. */
    public Map<String, Long> decisionsFiredIn() {
        return ruleFirings.decisionsFiredIn();
    }

    /**
     * The decisions made in [from, before), counted per combination of outcome values; a null bound is
     * open. Decisions from before routing existed (no pathway recorded) count with a null pathway.
     */
    public List<OutcomeCount> outcomes(OffsetDateTime from, OffsetDateTime before) {
        return jdbc.sql("""
                SELECT local_authority, risk_level, pathway, pre_mset_eligible, mset_panel_eligible,
                       COUNT(*) AS decisions
                FROM decision
                WHERE (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR decided_at >= :from)
                  AND (CAST(:before AS TIMESTAMP WITH TIME ZONE) IS NULL OR decided_at < :before)
                GROUP BY local_authority, risk_level, pathway, pre_mset_eligible, mset_panel_eligible
                """)
                .param("from", from)
                .param("before", before)
                .query((row, n) -> new OutcomeCount(
                        row.getString("local_authority"),
                        row.getString("risk_level"),
                        row.getString("pathway"),
                        row.getBoolean("pre_mset_eligible"),
                        row.getBoolean("mset_panel_eligible"),
                        row.getLong("decisions")))
                .list();
    }
}
