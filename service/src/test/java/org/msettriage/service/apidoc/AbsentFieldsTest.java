package org.msettriage.service.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Optional fields the contract does not let be null are left out when they have no value (a generated
 * client refuses a null there); fields the contract marks nullable are still written as null.
 */
class AbsentFieldsTest extends ServiceTest {

    @Test
    void aSummaryWithoutFeedbackOrAuthorityLeavesThemOut() {
        ObjectNode referral = (ObjectNode) HttpJson.JSON.readTree(TriageRoundTripTestReferral.unlinked());
        referral.remove("localAuthority");
        String childRef = "absent-fields-" + System.nanoTime();
        referral.put("childRef", childRef);
        JsonNode decision = http().post("/api/v1/triage", referral.toString()).json();
        // A field the contract marks nullable keeps its null.
        assertThat(decision.path("history").has("latestRiskLevel")).isTrue();

        JsonNode summary = as(DemoClients.AUDITOR)
                .send("GET", "/api/v1/decisions", Map.of("Mset-Child-Ref", childRef))
                .json()
                .path("items")
                .path(0);

        assertThat(summary.path("decisionId").asString())
                .isEqualTo(decision.path("decisionId").asString());
        assertThat(summary.has("latestFeedback")).isFalse();
        assertThat(summary.has("localAuthority")).isFalse();
    }

    @Test
    void acceptedFeedbackHasNoReasonCode() {
        String decisionId = http().post("/api/v1/triage", TriageRoundTripTestReferral.unlinked())
                .json()
                .path("decisionId")
                .asString();

        JsonNode feedback = http().post("/api/v1/decisions/" + decisionId + "/feedback", "{\"outcome\": \"ACCEPTED\"}")
                .json();

        assertThat(feedback.path("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(feedback.has("reasonCode")).isFalse();
    }

    @Test
    void theFirstStartsActivationHasNoProposalAndNoShadowIsLeftOut() {
        JsonNode rulesets = as(DemoClients.POLICY_LEAD).get("/api/v1/rulesets").json();

        assertThat(rulesets.has("shadow")).isFalse();
        JsonNode first = rulesets.path("rulesets").path(0).path("activations").path(0);
        assertThat(first.path("kind").asString()).isEqualTo("FIRST_START");
        assertThat(first.has("proposalId")).isFalse();
        assertThat(first.has("proposedBy")).isFalse();
    }
}
