package org.msettriage.service.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many stored decisions each rule fired in, for the rule catalogue: a counter per rule, added to once
 * per batch of decisions rather than a row per rule per decision. Each running service adds to counters
 * of its own (its writer id), so two services on one database never wait on, or race for, the same row;
 * the catalogue sums them.
 */
@Component
class RuleFiringCounts {

    private final JdbcClient jdbc;
    private final JdbcTemplate statements;
    private final String writerId = UUID.randomUUID().toString();

    RuleFiringCounts(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.statements = batch;
    }

    /** Adds one batch's decisions per rule, in the batch's transaction. */
    void add(Iterable<NewDecision> batch) {
        Map<String, Long> decisionsPerRule = new TreeMap<>();
        for (NewDecision decision : batch) {
            decision.firedRules().keySet().forEach(rule -> decisionsPerRule.merge(rule, 1L, Long::sum));
        }
        List<Map.Entry<String, Long>> counts = List.copyOf(decisionsPerRule.entrySet());
        int[] updated = statements.batchUpdate(
                "UPDATE rule_firing_count SET decisions = decisions + ? WHERE rule_id = ? AND writer_id = ?",
                counts.stream()
                        .map(count -> new Object[] {count.getValue(), count.getKey(), writerId})
                        .toList());
        List<Object[]> firstCounts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                firstCounts.add(new Object[] {
                    counts.get(i).getKey(), writerId, counts.get(i).getValue()
                });
            }
        }
        if (!firstCounts.isEmpty()) {
            statements.batchUpdate(
                    "INSERT INTO rule_firing_count (rule_id, writer_id, decisions) VALUES (?, ?, ?)", firstCounts);
        }
    }

    /** Stored decisions per rule id, by any ruleset version and any writer. */
    Map<String, Long> decisionsFiredIn() {
        return jdbc
                .sql("SELECT rule_id, SUM(decisions) AS decisions FROM rule_firing_count GROUP BY rule_id")
                .query((row, n) -> Map.entry(row.getString("rule_id"), row.getLong("decisions")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
