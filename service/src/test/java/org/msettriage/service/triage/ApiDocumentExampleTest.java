package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.ApiDocument;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API document's example decision is what the service really answers for its example referral, so
 * case systems building against the document see true values. Only what differs per call is left out:
 * the decision id, the time of decision and the ruleset's hash (which any edit of a rule file changes).
 */
// Its own context, so its own empty store: the example referral is decided with nothing to link to.
@TestPropertySource(properties = "test.store=api-document-example")
class ApiDocumentExampleTest extends ServiceTest {

    @Test
    void theExampleDecisionIsWhatTheServiceAnswersForTheExampleReferral() {
        Object request = ApiDocument.exampleReferral();
        Object example = ApiDocument.exampleDecision();

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
}
