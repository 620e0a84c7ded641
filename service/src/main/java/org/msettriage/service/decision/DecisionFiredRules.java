package org.msettriage.service.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.msettriage.service.audit.FiredRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules that fired in a decision, by id, with how often each fired. They say nothing about the child,
 * so the retention period keeps them: an auditor can still read which rules made a decision once its
 * content is gone.
 */
@Repository
class DecisionFiredRules {

    private static final TypeReference<LinkedHashMap<String, Integer>> FIRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DecisionFiredRules(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** In the order they were stored; empty when none is stored or the stored form was altered unreadably. */
    Map<String, Integer> of(UUID decisionId) {
        // A list, not an optional: an unreadable packed form reads as null, which an optional refuses.
        List<String> rows = jdbc.sql(
                        "SELECT fired_rules_packed, fired_rules_json FROM decision WHERE decision_id = :id")
                .param("id", decisionId)
                .query((row, n) -> FiredRules.of(row.getBytes("fired_rules_packed"), row.getString("fired_rules_json")))
                .list();
        String stored = rows.isEmpty() ? null : rows.get(0);
        if (stored == null) {
            return Map.of();
        }
        try {
            return json.readValue(stored, FIRINGS);
        } catch (JacksonException altered) {
            // Verification names the decision as changed; the record shows none rather than failing.
            return Map.of();
        }
    }
}
