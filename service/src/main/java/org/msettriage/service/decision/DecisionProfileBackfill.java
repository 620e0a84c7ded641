package org.msettriage.service.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.audit.PersonalContent;
import org.msettriage.service.problem.UnreadableContentException;
import org.msettriage.service.store.BatchedUpdate;
import org.msettriage.service.store.BeanMigration;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 21.1: the profile columns V21 added (see {@link DecisionProfile}), for every decision stored
 * before them, worked out from its own request and answer, decrypted here and never changed. Decisions
 * whose content retention removed keep nulls, which the figures count as "not recorded".
 */
@Component
class DecisionProfileBackfill extends BeanMigration {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int BATCH = 500;

    private final PersonalContent content;

    DecisionProfileBackfill(PersonalContent content) {
        super("21.1", "profiles of earlier decisions");
        this.content = content;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("""
                        SELECT decision_id, request_sealed, response_sealed, assessed_at, decided_at FROM decision
                        WHERE exploitation_types IS NULL AND request_sealed IS NOT NULL
                          AND response_sealed IS NOT NULL AND personal_removed_at IS NULL
                        """);
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE decision SET gender = ?, age_band = ?, care_status = ?, referring_agency = ?,
                                            exploitation_types = ?, rhi_due = ?, rhi_offered = ?
                        WHERE decision_id = ?
                        """)) {
            // Read a batch at a time: PostgreSQL's driver otherwise holds every row (request and answer
            // included) in memory, which a large store cannot afford at start.
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                BatchedUpdate batches = new BatchedUpdate(update, BATCH);
                while (rows.next()) {
                    UUID decisionId = rows.getObject("decision_id", UUID.class);
                    OffsetDateTime assessedAt = rows.getObject("assessed_at", OffsetDateTime.class);
                    OffsetDateTime countedFrom =
                            assessedAt != null ? assessedAt : rows.getObject("decided_at", OffsetDateTime.class);
                    Referral referral;
                    List<String> types = new ArrayList<>();
                    try {
                        referral = JSON.readValue(
                                        content.request(decisionId, rows.getBytes("request_sealed")), Referral.class)
                                .withDefaults(countedFrom);
                        JsonNode answer = JSON.readTree(content.response(decisionId, rows.getBytes("response_sealed")));
                        JsonNode given = answer.get("exploitationTypes");
                        if (given != null && given.isArray()) {
                            given.forEach(type -> types.add(type.asString()));
                        }
                    } catch (UnreadableContentException | JacksonException altered) {
                        // Altered in the database: verification reports it; the upgrade must not stop on it.
                        continue;
                    }
                    DecisionProfile profile = DecisionProfile.of(referral, types);
                    text(update, 1, profile.gender());
                    text(update, 2, profile.ageBand());
                    text(update, 3, profile.careStatus());
                    text(update, 4, profile.referringAgency());
                    update.setString(5, profile.exploitationTypes());
                    update.setShort(6, (short) profile.rhiDue());
                    update.setShort(7, (short) profile.rhiOffered());
                    update.setObject(8, decisionId);
                    batches.add();
                }
                batches.finish();
            }
        }
    }

    private static void text(PreparedStatement statement, int index, String value) throws Exception {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
