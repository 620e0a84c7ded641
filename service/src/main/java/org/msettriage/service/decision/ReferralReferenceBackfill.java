package org.msettriage.service.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.audit.ReferralRefHash;
import org.msettriage.service.problem.UnreadableContentException;
import org.msettriage.service.store.BatchedUpdate;
import org.msettriage.service.store.BeanMigration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 22.1: the referral reference's keyed hash for every decision stored before migration 22 added
 * the column, so that a search by referral reference finds those as it finds new ones. Each request is
 * decrypted, its {@code referralId} read and only the keyed hash written; the request is never changed, and
 * the column is not part of the seal. Decisions whose content retention removed are left without one.
 */
@Component
class ReferralReferenceBackfill extends BeanMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;

    private final PersonalContent content;
    private final ReferralRefHash referralRefs;

    ReferralReferenceBackfill(PersonalContent content, ReferralRefHash referralRefs) {
        super("22.1", "referral references of earlier decisions");
        this.content = content;
        this.referralRefs = referralRefs;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("""
                        SELECT decision_id, request_sealed FROM decision
                        WHERE referral_ref_hash IS NULL AND request_sealed IS NOT NULL AND personal_removed_at IS NULL
                        """);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE decision SET referral_ref_hash = ? WHERE decision_id = ?")) {
            // Read a batch at a time: PostgreSQL's driver otherwise holds every row (request and answer
            // included) in memory, which a large store cannot afford at start.
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                BatchedUpdate batches = new BatchedUpdate(update, BATCH);
                while (rows.next()) {
                    UUID decisionId = rows.getObject("decision_id", UUID.class);
                    String hash = hashOf(decisionId, rows.getBytes("request_sealed"));
                    if (hash == null) {
                        continue;
                    }
                    update.setString(1, hash);
                    update.setObject(2, decisionId);
                    batches.add();
                }
                batches.finish();
            }
        }
    }

    /**
     * The hash of the request's reference; null when it cannot be read (altered in the database: verification
     * reports that, and an upgrade must not stop on it) or names none.
     */
    private String hashOf(UUID decisionId, byte[] sealed) {
        try {
            JsonNode referralId =
                    JSON.readTree(content.request(decisionId, sealed)).path("referralId");
            return referralId.isString() ? referralRefs.of(referralId.asString()) : null;
        } catch (UnreadableContentException altered) {
            return null;
        }
    }
}
