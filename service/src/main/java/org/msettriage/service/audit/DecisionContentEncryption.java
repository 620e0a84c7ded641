package org.msettriage.service.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.service.store.BeanMigration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 7: brings the decisions stored before migration 6 to the form every decision is now kept in:
 * the request and response encrypted, the child reference as its keyed hash, the digest the seal covers;
 * and queues them to be sealed, in the order they were decided. A Spring bean handed to Flyway (it needs
 * the configured keys), run in the migration's transaction, so a failure leaves the database as it was.
 */
@Component
class DecisionContentEncryption extends BeanMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PersonalContent content;
    private final byte[] sealKey;

    DecisionContentEncryption(PersonalContent content, AuditKeys keys) {
        super(7, "encrypt and queue stored decisions");
        this.content = content;
        this.sealKey = keys.seal();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT decision_id, decided_at, request_json,"
                        + " response_json FROM decision WHERE personal_sha256 IS NULL");
                PreparedStatement update = connection.prepareStatement("UPDATE decision SET child_ref_hash = ?,"
                        + " request_json = ?, response_json = ?, personal_sha256 = ? WHERE decision_id = ?");
                PreparedStatement reread = connection.prepareStatement("SELECT "
                        + SealedDecision.COLUMNS_BEFORE_MIGRATION_26 + " FROM decision d WHERE d.decision_id = ?");
                PreparedStatement queue = connection.prepareStatement("INSERT INTO decision_unsealed (decision_id,"
                        + " queued_at, record_sha256, queue_mac) VALUES (?, ?, ?, ?)");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject("decision_id", UUID.class);
                String request = rows.getString("request_json");
                PersonalContent.ProtectedAsText kept = content.protectAsText(
                        id,
                        JSON.readTree(request).get("childRef").asString(),
                        request,
                        rows.getString("response_json"));
                update.setString(1, kept.childRefHash());
                update.setString(2, kept.request());
                update.setString(3, kept.response());
                update.setString(4, kept.sha256());
                update.setObject(5, id);
                update.executeUpdate();
                QueueEntry entry = queued(reread, id);
                queue.setObject(1, id);
                queue.setObject(2, rows.getObject("decided_at"));
                queue.setString(3, entry.recordSha256());
                queue.setString(4, entry.queueMac());
                queue.executeUpdate();
            }
        }
    }

    /** The decision as now stored, hashed and MAC'd for the sealer. */
    private QueueEntry queued(PreparedStatement reread, UUID id) throws SQLException {
        reread.setObject(1, id);
        try (ResultSet row = reread.executeQuery()) {
            row.next();
            return QueueEntry.of(SealedDecision.beforeMigration26(row), sealKey);
        }
    }
}
