package org.msettriage.service.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.service.audit.FiredRules;
import org.msettriage.service.store.BatchedUpdate;
import org.msettriage.service.store.BeanMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 26.1: the rules that fired in each decision stored before migration 26, moved from their JSON
 * text to the packed form new decisions are stored in (a third of the bytes). The JSON is packed exactly as
 * it was stored, never rewritten from a parse, so each decision reads back the same text and its seal
 * still verifies. Decisions an earlier build stores while instances are upgraded keep their JSON, which
 * reads back just as well.
 */
@Component
class FiredRulesPacking extends BeanMigration {

    private static final int BATCH = 500;

    FiredRulesPacking() {
        super("26.1", "fired rules of earlier decisions packed");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT decision_id, fired_rules_json FROM decision WHERE fired_rules_json IS NOT NULL");
                PreparedStatement update = connection.prepareStatement("UPDATE decision"
                        + " SET fired_rules_packed = ?, fired_rules_json = NULL WHERE decision_id = ?")) {
            // A batch at a time: PostgreSQL's driver otherwise holds every row in memory.
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                BatchedUpdate batches = new BatchedUpdate(update, BATCH);
                while (rows.next()) {
                    update.setBytes(1, FiredRules.pack(rows.getString("fired_rules_json")));
                    update.setObject(2, rows.getObject("decision_id", UUID.class));
                    batches.add();
                }
                batches.finish();
            }
        }
    }
}
