package org.msettriage.service.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.service.audit.FiredRules;
import org.msettriage.service.store.BatchedUpdate;
import org.msettriage.service.store.BeanMigration;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 36.1: the panel's unmet rules (see {@link PanelUnmetRules}) of every decision stored before
 * migration 36 that was not eligible for the panel, read from the rules that fired in it: never encrypted and
 * kept after retention, so even a decision whose content is gone gets them. Only the rules of policy v1 are
 * known to refuse the panel; a decision none of them fired in keeps null ("not recorded").
 */
@Component
class PanelUnmetRulesBackfill extends BeanMigration {

    private static final int BATCH = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Integer>> FIRINGS = new TypeReference<>() {};

    PanelUnmetRulesBackfill() {
        super("36.1", "panel unmet rules of earlier decisions");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("""
                        SELECT decision_id, fired_rules_packed, fired_rules_json FROM decision
                        WHERE NOT mset_panel_eligible AND panel_unmet_rules IS NULL
                        """);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE decision SET panel_unmet_rules = ? WHERE decision_id = ?")) {
            // A batch at a time: PostgreSQL's driver otherwise holds every row in memory.
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                BatchedUpdate batches = new BatchedUpdate(update, BATCH);
                while (rows.next()) {
                    String fired =
                            FiredRules.of(rows.getBytes("fired_rules_packed"), rows.getString("fired_rules_json"));
                    String unmet;
                    try {
                        unmet = fired == null
                                ? null
                                : PanelUnmetRules.fromFired(
                                        JSON.readValue(fired, FIRINGS).keySet());
                    } catch (JacksonException altered) {
                        // Altered in the database: verification reports it; the upgrade must not stop on it.
                        continue;
                    }
                    if (unmet != null) {
                        update.setString(1, unmet);
                        update.setObject(2, rows.getObject("decision_id", UUID.class));
                        batches.add();
                    }
                }
                batches.finish();
            }
        }
    }
}
