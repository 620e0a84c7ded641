package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.msettriage.service.HttpJson;
import tools.jackson.databind.JsonNode;

/** A policy lead validating a candidate with a raised weight and activating it, as the walk-through does. */
public final class CandidateActivation {

    private CandidateActivation() {}

    /** Validates (it must be usable), then activates accepting every scenario it changes; answers 200. */
    public static void activateRaisedWeight(HttpJson lead, String version) {
        JsonNode validation = lead.postZip(
                        "/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight(version)))
                .json();
        assertThat(validation.path("usable").asBoolean())
                .as(validation.toString())
                .isTrue();
        List<String> broken = new ArrayList<>();
        validation.path("brokenScenarios").forEach(s -> broken.add(s.asString()));
        HttpJson.Answer activated = lead.post(
                "/api/v1/rulesets/activate",
                HttpJson.JSON.writeValueAsString(Map.of(
                        "version",
                        version,
                        "reason",
                        "Raise the weight of current vulnerabilities",
                        "acceptScenarioChanges",
                        broken)));
        assertThat(activated.status()).as(activated.response().body()).isEqualTo(200);
    }
}
