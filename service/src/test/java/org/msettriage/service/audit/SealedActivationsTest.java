package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.RulesetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The newest switch of the rules names the ruleset every instance serves, so each switch is sealed like a
 * decision: one altered, removed or added behind the service's back is named by the API, the command line
 * and the auditor's page, and is not served. Its own context, as it tampers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=sealed-activations")
class SealedActivationsTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    Environment database;

    @Autowired
    RulesetStore store;

    @Test
    void aSwitchOfTheRulesAlteredRemovedOrAddedInTheDatabaseIsNamed() {
        sealer.sealPending();
        UUID firstStart = jdbc.sql("SELECT record_id FROM ruleset_activation WHERE kind = 'FIRST_START'")
                .query(UUID.class)
                .single();
        String version = jdbc.sql("SELECT version FROM ruleset_activation WHERE record_id = :id")
                .param("id", firstStart)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("SELECT record_kind FROM decision_seal WHERE decision_id = :id")
                        .param("id", firstStart)
                        .query(String.class)
                        .single())
                .isEqualTo("ACTIVATION");
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();

        // Who made the switch, changed.
        jdbc.sql("UPDATE ruleset_activation SET activated_by = 'API_KEY:someone-else' WHERE record_id = :id")
                .param("id", firstStart)
                .update();
        assertThat(VerificationProblems.of(auditVerification(""))).containsExactly("CHANGED ACTIVATION " + firstStart);
        assertThat(AuditCommandLine.verify(database).out()).contains("ruleset switch " + firstStart);
        assertThat(verificationPage("")).contains("Ruleset switch <span class=\"hash\">" + firstStart + "</span>");
        jdbc.sql("UPDATE ruleset_activation SET activated_by = 'service' WHERE record_id = :id")
                .param("id", firstStart)
                .update();
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();

        // A switch the service never made, added as the newest row to another kept ruleset: not served,
        // and named.
        jdbc.sql("""
                INSERT INTO ruleset (version, sha256, source, registered_at, registered_by)
                VALUES ('forged-1', :sha, 'UPLOAD', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', 'nobody')
                """).param("sha", "0".repeat(64)).update();
        jdbc.sql("""
                INSERT INTO ruleset_activation (version, kind, activated_at, activated_by, reason,
                                                accepted_scenario_changes)
                VALUES ('forged-1', 'ACTIVATE', CURRENT_TIMESTAMP, 'API_KEY:demo-policy-lead', 'nobody approved this',
                        '[]')
                """).update();
        assertThat(store.lastActivated()).contains(version);
        // One given a record id it never had is passed over just the same.
        jdbc.sql("UPDATE ruleset_activation SET record_id = :id WHERE record_id IS NULL")
                .param("id", UUID.randomUUID())
                .update();
        assertThat(store.lastActivated()).contains(version);
        jdbc.sql("UPDATE ruleset_activation SET record_id = NULL WHERE version = 'forged-1'")
                .update();
        JsonNode added = auditVerification("");
        // The forged ruleset it switches to, kept with no files at all, is named as a kept ruleset changed.
        assertThat(VerificationProblems.of(added))
                .containsExactly("NOT_SEALED ACTIVATION null", "CHANGED RULESET null");
        assertThat(added.get("problems").get(0).get("detail").asString())
                .startsWith("a switch to ruleset forged-1 recorded at ")
                .endsWith("neither sealed nor waiting to be sealed");
        assertThat(verificationPage(""))
                .contains("Ruleset switch <span class=\"hash\">(recorded without an id)</span>");
        jdbc.sql("DELETE FROM ruleset_activation WHERE record_id IS NULL").update();
        jdbc.sql("DELETE FROM ruleset WHERE version = 'forged-1'").update();
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();

        // The sealed switch removed.
        jdbc.sql("DELETE FROM ruleset_activation WHERE record_id = :id")
                .param("id", firstStart)
                .update();
        assertThat(VerificationProblems.of(auditVerification(""))).containsExactly("REMOVED ACTIVATION " + firstStart);
    }
}
