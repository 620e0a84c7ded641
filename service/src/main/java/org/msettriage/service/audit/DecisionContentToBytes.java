package org.msettriage.service.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.service.store.BatchedUpdate;
import org.msettriage.service.store.BeanMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 9: moves each stored request and response from its {@code v1:} text to the byte columns
 * migration 8 added, unchanged (the same nonce and ciphertext, as form 1 of {@link StoredCiphertext}), so
 * the digest every seal covers computes the same and the chain still verifies. Content removed under the
 * retention period stays removed. Runs in the migration's transaction: a failure changes nothing.
 */
@Component
class DecisionContentToBytes extends BeanMigration {

    private static final int BATCH = 200;

    DecisionContentToBytes() {
        super(9, "move stored content to bytes");
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT decision_id, request_json, response_json"
                        + " FROM decision WHERE request_json IS NOT NULL OR response_json IS NOT NULL");
                PreparedStatement update = connection.prepareStatement("UPDATE decision SET request_sealed = ?,"
                        + " response_sealed = ?, request_json = NULL, response_json = NULL WHERE decision_id = ?");
                ResultSet rows = select.executeQuery()) {
            BatchedUpdate batches = new BatchedUpdate(update, BATCH);
            while (rows.next()) {
                update.setBytes(1, bytesOf(rows.getString("request_json")));
                update.setBytes(2, bytesOf(rows.getString("response_json")));
                update.setObject(3, rows.getObject("decision_id", UUID.class));
                batches.add();
            }
            batches.finish();
        }
    }

    private static byte[] bytesOf(String text) {
        return text == null ? null : StoredCiphertext.fromText(text);
    }
}
