package org.msettriage.service.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.service.store.BeanMigration;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 4: fills V3's outcome columns and rule firings for decisions stored before V3, from each
 * decision's own stored request and response, which are read and never changed. A Spring bean that Boot
 * hands to Flyway (rather than a class Flyway finds by scanning), so it runs the same from the packaged jar.
 * It runs once, in the migration's transaction, so a failure leaves the database as it was.
 */
@Component
class DecisionOutcomeBackfill extends BeanMigration {

    DecisionOutcomeBackfill() {
        super(4, "backfill decision outcome");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Integer>> FIRINGS = new TypeReference<>() {};

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT decision_id, request_json, response_json, fired_rules_json FROM decision");
                PreparedStatement update = connection.prepareStatement("UPDATE decision SET local_authority = ?,"
                        + " pathway = ?, pre_mset_eligible = ?, mset_panel_eligible = ? WHERE decision_id = ?");
                PreparedStatement firing = connection.prepareStatement(
                        "INSERT INTO decision_rule_firing (decision_id, rule_id, firings) VALUES (?, ?, ?)");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Object id = rows.getObject("decision_id");
                JsonNode request = JSON.readTree(rows.getString("request_json"));
                JsonNode response = JSON.readTree(rows.getString("response_json"));
                update.setString(1, textOrNull(request.get("localAuthority")));
                update.setString(2, textOrNull(response.get("pathway")));
                update.setObject(3, eligible(response.get("preMset")));
                update.setObject(4, eligible(response.get("msetPanel")));
                update.setObject(5, id);
                update.executeUpdate();
                for (Map.Entry<String, Integer> rule : JSON.readValue(rows.getString("fired_rules_json"), FIRINGS)
                        .entrySet()) {
                    firing.setObject(1, id);
                    firing.setString(2, rule.getKey());
                    firing.setInt(3, rule.getValue());
                    firing.executeUpdate();
                }
            }
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    /** Decisions from before routing was added have no eligibility answers: those stay null. */
    private static Boolean eligible(JsonNode answer) {
        return answer == null
                        || answer.get("eligible") == null
                        || answer.get("eligible").isNull()
                ? null
                : answer.get("eligible").asBoolean();
    }
}
