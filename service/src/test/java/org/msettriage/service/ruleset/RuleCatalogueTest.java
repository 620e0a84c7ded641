package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.audit.FiredRules;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** The policy leads' rule catalogue: every rule of the active ruleset, with how many decisions it fired in. */
class RuleCatalogueTest extends ServiceTest {

    @Autowired
    ActiveRuleset ruleset;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsEveryRuleOfTheActiveRulesetInPolicyOrderWithItsMetadata() {
        JsonNode catalogue = catalogue();

        assertThat(catalogue.get("ruleset").get("version").asString())
                .isEqualTo(ruleset.engine().identity().version());
        assertThat(catalogue.get("ruleset").get("sha256").asString())
                .isEqualTo(ruleset.engine().identity().sha256());
        JsonNode rules = catalogue.get("rules");
        assertThat(rules).hasSize(ruleset.engine().rules().size());
        for (int i = 0; i < rules.size(); i++) {
            assertThat(rules.get(i).get("id").asString())
                    .isEqualTo(ruleset.engine().rules().get(i).id());
            assertThat(rules.get(i).get("guidance").asString()).as("guidance").isNotBlank();
            assertThat(rules.get(i).get("explanation").asString())
                    .as("explanation")
                    .isNotBlank();
        }
    }

    @Test
    void aDecisionAddsOneToEveryRuleThatFiredInItAndNothingToTheRest() {
        Map<String, Long> before = firedIn(catalogue());
        HttpJson.Answer created = http().post("/api/v1/triage", TriageRoundTripTestReferral.json());
        Map<String, Long> after = firedIn(catalogue());
        Map<String, Integer> fired = HttpJson.JSON.readValue(
                FiredRules.unpack(jdbc.sql("SELECT fired_rules_packed FROM decision WHERE decision_id = :id")
                        .param(
                                "id",
                                UUID.fromString(created.json().get("decisionId").asString()))
                        .query(byte[].class)
                        .single()),
                new TypeReference<Map<String, Integer>>() {});

        assertThat(fired).isNotEmpty();
        after.forEach((rule, count) ->
                assertThat(count - before.get(rule)).as(rule).isEqualTo(fired.containsKey(rule) ? 1 : 0));
    }

    private JsonNode catalogue() {
        HttpJson.Answer answer = as(DemoClients.POLICY_LEAD).get("/api/v1/rules");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private static Map<String, Long> firedIn(JsonNode catalogue) {
        Map<String, Long> counts = new HashMap<>();
        catalogue
                .get("rules")
                .forEach(rule -> counts.put(
                        rule.get("id").asString(), rule.get("firedInDecisions").asLong()));
        return counts;
    }
}
