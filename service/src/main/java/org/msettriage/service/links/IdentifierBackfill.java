package org.msettriage.service.links;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.links.Identifier;
import org.msettriage.rules.links.Identifiers;
import org.msettriage.rules.links.LinkPolicy;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.audit.IdentifierHash;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.problem.UnreadableContentException;
import org.msettriage.service.store.BatchedUpdate;
import org.msettriage.service.store.BeanMigration;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 17: the identifiers of every decision stored before the service linked referrals, so that
 * the first referrals after an upgrade link to the year before it as later ones will (policy v1.1 section
 * 10). Each decision's request is decrypted, its identifiers found and normalised as the packaged
 * ruleset's stop list says (the first that links), and only their keyed hashes stored; the request is never
 * changed. Decisions whose content retention removed are left out, as they are never linked.
 */
@Component
class IdentifierBackfill extends BeanMigration {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final PersonalContent content;
    private final IdentifierHash identifierHash;

    IdentifierBackfill(PersonalContent content, IdentifierHash identifierHash) {
        super(17, "identifiers of earlier decisions");
        this.content = content;
        this.identifierHash = identifierHash;
    }

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        LinkPolicy linking = TriageEngine.readPolicy(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER))
                .linking()
                .orElseThrow(() -> new IllegalStateException("the packaged ruleset links referrals"));
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("""
                        SELECT d.decision_id, d.request_sealed, d.assessed_at, d.decided_at FROM decision d
                        WHERE d.request_sealed IS NOT NULL AND d.personal_removed_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM decision_identifier i WHERE i.decision_id = d.decision_id)
                        """);
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO decision_identifier (identifier_hash, assessed_at, decision_id) VALUES (?, ?, ?)")) {
            // Read a batch at a time: PostgreSQL's driver otherwise holds every row (request and answer
            // included) in memory, which a large store cannot afford at start.
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                BatchedUpdate batches = new BatchedUpdate(insert, BATCH);
                while (rows.next()) {
                    UUID decisionId = rows.getObject("decision_id", UUID.class);
                    OffsetDateTime assessedAt = rows.getObject("assessed_at", OffsetDateTime.class);
                    OffsetDateTime countedFrom =
                            assessedAt != null ? assessedAt : rows.getObject("decided_at", OffsetDateTime.class);
                    Referral referral;
                    try {
                        String request = content.request(decisionId, rows.getBytes("request_sealed"));
                        referral = JSON.readValue(request, Referral.class).withDefaults(countedFrom);
                    } catch (UnreadableContentException | JacksonException altered) {
                        // Altered in the database: verification reports it; the upgrade must not stop on it.
                        continue;
                    }
                    for (Identifier identifier : Identifiers.of(referral, linking)) {
                        insert.setString(1, identifierHash.of(identifier.key()));
                        insert.setObject(2, countedFrom);
                        insert.setObject(3, decisionId);
                        batches.add();
                    }
                }
                batches.finish();
            }
        }
    }
}
