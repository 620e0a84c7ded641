package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.MigrationContexts;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.audit.FiredRules;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A decision keeps the rules that fired packed (migration 26); one kept as JSON text (stored before the
 * migration, or by an earlier build during an upgrade) reads back the same and still verifies, and
 * migration 26.1 packs it without changing what it reads back as.
 */
class FiredRulesPackingTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    FiredRulesPacking packing;

    @Test
    void aDecisionsFiredRulesArePackedAndReadBackTheSameFromEitherForm() throws Exception {
        UUID id = triage();
        Map<String, Object> stored = firedRules(id);
        assertThat(stored.get("FIRED_RULES_JSON")).isNull();
        byte[] packed = (byte[]) stored.get("FIRED_RULES_PACKED");
        String json = FiredRules.unpack(packed);
        assertThat(json).startsWith("{\"").contains("\"INDICATOR_POINTS\":");
        assertThat(packed.length).isLessThan(json.length() / 2);
        sealer.sealPending();
        assertThat(integrity(id)).isEqualTo("INTACT");

        // As a decision stored before migration 26 is kept.
        jdbc.sql("UPDATE decision SET fired_rules_json = :json, fired_rules_packed = NULL WHERE decision_id = :id")
                .param("json", json)
                .param("id", id)
                .update();
        assertThat(integrity(id)).isEqualTo("INTACT");

        migrate();

        Map<String, Object> migrated = firedRules(id);
        assertThat(migrated.get("FIRED_RULES_JSON")).isNull();
        assertThat(FiredRules.unpack((byte[]) migrated.get("FIRED_RULES_PACKED")))
                .isEqualTo(json);
        assertThat(integrity(id)).isEqualTo("INTACT");
    }

    @Test
    void theMigrationPacksTheTextAsStoredNeverAsReadAndWrittenAgain() throws Exception {
        UUID id = triage();
        // Sealed first, with the text triage stored, so the text below is never what a seal covers.
        sealer.sealPending();
        byte[] packed = (byte[]) firedRules(id).get("FIRED_RULES_PACKED");
        // Text no JSON writer would give back: spaces, and the rules in another order. The seal covers the
        // text, so rewriting it from a parse would break it.
        String unusual = "{ \"RETURN_HOME_INTERVIEW\" : 1,\"INDICATOR_POINTS\":7 }";
        jdbc.sql("UPDATE decision SET fired_rules_json = :json, fired_rules_packed = NULL WHERE decision_id = :id")
                .param("json", unusual)
                .param("id", id)
                .update();
        try {
            migrate();

            assertThat(FiredRules.unpack((byte[]) firedRules(id).get("FIRED_RULES_PACKED")))
                    .isEqualTo(unusual);
        } finally {
            // The store is shared with other tests, which expect every record as it was sealed.
            jdbc.sql(
                            "UPDATE decision SET fired_rules_json = NULL, fired_rules_packed = :packed WHERE decision_id = :id")
                    .param("packed", packed)
                    .param("id", id)
                    .update();
        }
    }

    @Test
    void aDecisionWithoutItsFiredRulesInEitherFormIsRefused() {
        UUID id = triage();

        assertThatThrownBy(() -> jdbc.sql("UPDATE decision SET fired_rules_packed = NULL WHERE decision_id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(firedRules(id).get("FIRED_RULES_PACKED")).isNotNull();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO decision (decision_id, decided_at, ruleset_version,"
                                + " ruleset_sha256, risk_level) SELECT :other, decided_at, ruleset_version,"
                                + " ruleset_sha256, risk_level FROM decision WHERE decision_id = :id")
                        .param("other", UUID.randomUUID())
                        .param("id", id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private UUID triage() {
        HttpJson.Answer answer = http().post(
                        "/api/v1/triage",
                        Referrals.referral("packing-" + UUID.randomUUID(), 14, "FEMALE", "GATESHEAD", "CSE03:CURRENT"));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    private Map<String, Object> firedRules(UUID id) {
        return jdbc.sql("SELECT fired_rules_json, fired_rules_packed FROM decision WHERE decision_id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private String integrity(UUID id) {
        return as(DemoClients.AUDITOR)
                .get("/api/v1/decisions/" + id + "/record")
                .json()
                .at("/integrity/state")
                .asString();
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            packing.migrate(MigrationContexts.on(connection));
        }
    }
}
