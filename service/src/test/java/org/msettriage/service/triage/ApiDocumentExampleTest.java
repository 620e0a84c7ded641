package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ApiDocument;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API document's example decision is what the service really answers for its example referral, so
 * case systems building against the document see true values. Only what differs per call is left out:
 * the decision id, the time of decision and the ruleset's hash (which any edit of a rule file changes).
 */
class ApiDocumentExampleTest extends ServiceTest {

    @Test
    @SuppressWarnings("unchecked")
    void theExampleDecisionIsWhatTheServiceAnswersForTheExampleReferral() {
        Map<String, Object> document = ApiDocument.read();
        Map<String, Object> triage = at(document, "paths", "/api/v1/triage", "post");
        Object request = at(triage, "requestBody", "content", "application/json", "examples", "repeatMissing")
                .get("value");
        Object example =
                at(document, "components", "examples", "RepeatMissingDecision").get("value");

        HttpJson.Answer answer = http().post("/api/v1/triage", HttpJson.JSON.writeValueAsString(request));

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        assertThat(withoutPerCallValues(answer.json()))
                .isEqualTo(withoutPerCallValues(HttpJson.JSON.valueToTree(example)));
    }

    private static JsonNode withoutPerCallValues(JsonNode decision) {
        ObjectNode copy = (ObjectNode) decision.deepCopy();
        copy.remove("decisionId");
        copy.remove("decidedAt");
        ((ObjectNode) copy.get("ruleset")).remove("sha256");
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> node, String... path) {
        Map<String, Object> current = node;
        for (String key : path) {
            current = (Map<String, Object>) current.get(key);
            assertThat(current).as("API document path element %s", key).isNotNull();
        }
        return current;
    }
}
