package org.msettriage.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.MsetTriageApplication;
import org.msettriage.service.PostgresServiceTest;
import org.msettriage.service.ruleset.CandidateActivation;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The ruleset store on PostgreSQL outlives the service: a candidate validated and activated in one
 * service is kept, whole, and served by a second service started afterwards on the same database, which
 * can roll back to the ruleset that served before; the first service reads that rollback from the store.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=postgres-ruleset-restart")
class PostgresRulesetRestartTest extends PostgresServiceTest {

    @Value("${mset.database.url}")
    String url;

    @Value("${mset.database.user}")
    String user;

    @Value("${mset.database.password}")
    String password;

    @Test
    void anActivatedCandidateIsServedAfterARestartAndCanBeRolledBackThere() throws Exception {
        HttpJson lead = as(DemoClients.POLICY_LEAD);
        CandidateActivation.activateRaisedWeight(lead, as(DemoClients.SECOND_POLICY_LEAD), "restart-1");
        JsonNode kept = lead.get("/api/v1/rulesets/restart-1").json();

        try (ConfigurableApplicationContext restarted = startAnotherService()) {
            HttpJson second = new HttpJson(
                    "http://localhost:" + restarted.getEnvironment().getProperty("local.server.port"));
            JsonNode keptThere = second.as(DemoClients.POLICY_LEAD)
                    .get("/api/v1/rulesets/restart-1")
                    .json();
            assertThat(keptThere.path("active").asBoolean()).isTrue();
            assertThat(keptThere.path("sha256")).isEqualTo(kept.path("sha256"));
            assertThat(keptThere.path("files")).isEqualTo(kept.path("files"));
            assertThat(keptThere.path("activations")).isEqualTo(kept.path("activations"));
            JsonNode decided = second.as(DemoClients.CASE_SYSTEM)
                    .post("/api/v1/triage", Referrals.UP_TO_MODERATE)
                    .json();
            assertThat(decided.path("ruleset").path("version").asString()).isEqualTo("restart-1");

            HttpJson.Answer rolledBack = second.as(DemoClients.POLICY_LEAD)
                    .post(
                            "/api/v1/rulesets/" + CandidateRulesets.PACKAGED_VERSION + "/activate",
                            "{\"reason\": \"Roll back after the restart\"}");
            assertThat(rolledBack.status()).as(rolledBack.response().body()).isEqualTo(200);
        }

        // The first service's record of activations is read from the store, so it shows the rollback.
        JsonNode packaged = lead.get("/api/v1/rulesets/" + CandidateRulesets.PACKAGED_VERSION)
                .json();
        assertThat(packaged.path("activations"))
                .extracting(a ->
                        a.path("kind").asString() + " " + a.path("activatedBy").asString())
                .containsExactly("ROLLBACK API_KEY:demo-policy-lead", "FIRST_START service");
        assertThat(packaged.path("activations").get(0).path("reason").asString())
                .isEqualTo("Roll back after the restart");
    }

    /** A second service on the same database, as a restart would bring one up. */
    private ConfigurableApplicationContext startAnotherService() throws Exception {
        return new SpringApplicationBuilder(MsetTriageApplication.class)
                .profiles("postgres")
                .properties(
                        "server.port=0",
                        "spring.application.name=postgres-ruleset-restarted",
                        "mset.data-dir=" + Files.createTempDirectory("mset-restarted"),
                        "mset.database.url=" + url,
                        "mset.database.user=" + user,
                        "mset.database.password=" + password)
                .run();
    }
}
