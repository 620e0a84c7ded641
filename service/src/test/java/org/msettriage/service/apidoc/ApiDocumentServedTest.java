package org.msettriage.service.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import tools.jackson.databind.JsonNode;

/** Any authenticated caller reads the contract the service was built from, in YAML and in JSON. */
class ApiDocumentServedTest extends ServiceTest {

    @Test
    void theYamlIsTheBuiltDocumentByteForByte() throws IOException {
        HttpJson.Answer answer = as(DemoClients.ANALYST).get("/api/v1/openapi.yaml");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/yaml");
        assertThat(answer.response().body()).isEqualTo(document());
    }

    @Test
    void theJsonIsTheSameDocument() {
        HttpJson.Answer answer = as(DemoClients.CASE_SYSTEM).get("/api/v1/openapi.json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonNode json = answer.json();
        assertThat(json.path("openapi").asString()).isEqualTo("3.0.3");
        assertThat(json.path("paths").has("/api/v1/triage")).isTrue();
        assertThat(json.path("paths").has("/api/v1/openapi.json")).isTrue();
        JsonNode example = json.path("paths")
                .path("/api/v1/triage")
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("examples");
        assertThat(example.toString()).contains("\"assessedAt\":\"2026-11-12T10:00:00Z\"");
    }

    @Test
    void anUnquotedDateStaysTheTextItIsInTheJson() {
        String json = ApiDocumentController.toJson(
                "example:\n  assessedAt: 2026-11-12T10:00:00Z\n  day: 2026-11-12\n", HttpJson.JSON);

        assertThat(json).isEqualTo("{\"example\":{\"assessedAt\":\"2026-11-12T10:00:00Z\",\"day\":\"2026-11-12\"}}");
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        assertThat(anonymous().get("/api/v1/openapi.yaml").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/openapi.json").status()).isEqualTo(401);
    }

    private static String document() throws IOException {
        try (InputStream in = ApiDocumentServedTest.class.getClassLoader().getResourceAsStream(ApiDocument.DOCUMENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
