package org.msettriage.service.decision;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
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
    private final String writerId = UUID.randomUUID().toString();

    RuleFiringCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one batch's decisions per rule, in the batch's transaction. */
    void add(Iterable<NewDecision> batch) {
        Map<String, Long> decisionsPerRule = new TreeMap<>();
        for (NewDecision decision : batch) {
            decision.firedRules().keySet().forEach(rule -> decisionsPerRule.merge(rule, 1L, Long::sum));
        }
        decisionsPerRule.forEach((rule, decisions) -> {
            int updated = jdbc.sql("UPDATE rule_firing_count SET decisions = decisions + :n"
                            + " WHERE rule_id = :rule AND writer_id = :writer")
                    .param("n", decisions)
                    .param("rule", rule)
                    .param("writer", writerId)
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO rule_firing_count (rule_id, writer_id, decisions) VALUES (:rule, :writer, :n)")
                        .param("rule", rule)
                        .param("writer", writerId)
                        .param("n", decisions)
                        .update();
            }
        });
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
