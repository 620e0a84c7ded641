package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.msettriage.service.HttpJson;
import tools.jackson.databind.JsonNode;

/**
 * Policy leads switching the rules as the walk-through does: one validates a candidate and proposes
 * activating it, a second approves.
 */
public final class CandidateActivation {

    private CandidateActivation() {}

    /** Validates a candidate with a raised weight (it must be usable), then activates it accepting every change. */
    public static void activateRaisedWeight(HttpJson lead, HttpJson approver, String version) {
        JsonNode validation = lead.postZip(
                        "/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight(version)))
                .json();
        assertThat(validation.path("usable").asBoolean())
                .as(validation.toString())
                .isTrue();
        HttpJson.Answer activated = activate(
                lead, approver, version, "Raise the weight of current vulnerabilities", brokenScenarios(validation));
        assertThat(activated.status()).as(activated.response().body()).isEqualTo(200);
    }

    /** Proposes (which must be accepted, 201) and approves; the approval's answer. */
    public static HttpJson.Answer activate(
            HttpJson lead, HttpJson approver, String version, String reason, List<String> accepted) {
        HttpJson.Answer proposed = propose(lead, version, reason, accepted);
        assertThat(proposed.status()).as(proposed.response().body()).isEqualTo(201);
        return approve(approver, proposed.json().path("proposalId").asString());
    }

    public static HttpJson.Answer propose(HttpJson lead, String version, String reason, List<String> accepted) {
        return lead.post(
                "/api/v1/rulesets/proposals",
                HttpJson.JSON.writeValueAsString(
                        Map.of("version", version, "reason", reason, "acceptScenarioChanges", accepted)));
    }

    public static HttpJson.Answer approve(HttpJson approver, String proposalId) {
        return approver.post("/api/v1/rulesets/proposals/" + proposalId + "/approve", "{\"note\": \"Checked\"}");
    }

    /** An approval with nothing to add: no body, and so no Content-Type (the note is optional). */
    public static HttpJson.Answer approveWithoutNote(HttpJson approver, String proposalId) {
        return approver.send("POST", "/api/v1/rulesets/proposals/" + proposalId + "/approve", Map.of());
    }

    public static List<String> brokenScenarios(JsonNode validation) {
        List<String> broken = new ArrayList<>();
        validation.path("brokenScenarios").forEach(s -> broken.add(s.asString()));
        return broken;
    }
}
