package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.shadow.ShadowRunner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** A candidate in shadow decides live referrals too; callers see only the active answer. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=shadow-mode-test")
class ShadowModeTest extends ServiceTest {

    @Autowired
    ShadowRunner shadowRunner;

    @Test
    void callersSeeTheActiveAnswerAndTheShadowsDifferencesAreListed() throws Exception {
        HttpJson lead = as(DemoClients.POLICY_LEAD);
        lead.postZip("/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight("shadow-1")));
        assertThat(lead.put("/api/v1/rulesets/shadow", "{\"version\": \"shadow-1\"}")
                        .status())
                .isEqualTo(200);

        JsonNode changed =
                http().post("/api/v1/triage", Referrals.UP_TO_MODERATE).json();
        JsonNode unchanged =
                http().post("/api/v1/triage", Referrals.NO_VULNERABILITY).json();
        assertThat(shadowRunner.drain(30_000)).isTrue();

        assertThat(changed.path("ruleset").path("version").asString()).isEqualTo(CandidateRulesets.PACKAGED_VERSION);
        assertThat(changed.path("riskLevel").asString()).isEqualTo("EMERGING");
        JsonNode differences = lead.get("/api/v1/rulesets/shadow/differences").json();
        assertThat(differences.path("shadow").path("version").asString()).isEqualTo("shadow-1");
        assertThat(differences.path("running").asBoolean()).isTrue();
        assertThat(differences.path("compared").asLong()).isEqualTo(2);
        assertThat(differences.path("differing").asLong()).isEqualTo(1);
        assertThat(differences.path("differences")).singleElement().satisfies(difference -> {
            assertThat(difference.path("decisionId").asString())
                    .isEqualTo(changed.path("decisionId").asString())
                    .isNotEqualTo(unchanged.path("decisionId").asString());
            assertThat(difference.path("active").path("version").asString())
                    .isEqualTo(CandidateRulesets.PACKAGED_VERSION);
            assertThat(difference.path("change").path("fromLevel").asString()).isEqualTo("EMERGING");
            assertThat(difference.path("change").path("toLevel").asString()).isEqualTo("MODERATE");
        });

        assertThat(lead.send("DELETE", "/api/v1/rulesets/shadow", java.util.Map.of())
                        .status())
                .isEqualTo(204);
        http().post("/api/v1/triage", Referrals.UP_TO_MODERATE);
        assertThat(shadowRunner.drain(30_000)).isTrue();
        JsonNode stopped =
                lead.get("/api/v1/rulesets/shadow/differences?version=shadow-1").json();
        assertThat(stopped.path("running").asBoolean()).isFalse();
        assertThat(stopped.path("compared").asLong()).isEqualTo(2);
    }
}
