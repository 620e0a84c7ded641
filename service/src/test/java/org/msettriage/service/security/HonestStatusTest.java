package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import tools.jackson.databind.JsonNode;

/**
 * A wrong path is 404 and a wrong method 405 (with Allow) for an authenticated caller, not a permission
 * problem; a known operation the role may not use stays 403, and anyone unauthenticated still gets 401
 * first. Every such refusal, and Spring's own 406 and 415, is a problem with the contract's required
 * fields, and a query string that cannot be decoded is a 400, never a 500.
 */
class HonestStatusTest extends SecurityTest {

    private static final String PROBLEM_TYPES = "https://mset-triage.example/problems/";

    @Test
    void anUnknownPathIsNotFound() {
        HttpJson.Answer answer = as(DemoClients.CASE_SYSTEM).post("/api/v1/triag", "{}");

        assertProblem(answer, 404, "not-found");
    }

    @Test
    void aMethodThePathDoesNotServeIsNotAllowedAndNamesTheOnesItDoes() {
        HttpJson.Answer get = as(DemoClients.CASE_SYSTEM).get("/api/v1/triage");
        HttpJson.Answer put = as(DemoClients.CASE_SYSTEM).put("/api/v1/triage", "{}");

        assertProblem(get, 405, "method-not-allowed");
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertProblem(put, 405, "method-not-allowed");
        assertThat(put.header("Allow")).isEqualTo("POST");
    }

    @Test
    void aKnownOperationTheRoleMayNotUseStaysForbidden() {
        HttpJson.Answer answer = as(DemoClients.ANALYST).post("/api/v1/triage", "{}");

        assertProblem(answer, 403, "forbidden");
    }

    @Test
    void anUnauthenticatedCallerIsAskedToAuthenticateWhateverThePath() {
        assertProblem(anonymous().post("/api/v1/triag", "{}"), 401, "unauthenticated");
        assertProblem(anonymous().get("/api/v1/triage"), 401, "unauthenticated");
    }

    @Test
    void springsOwnRefusalsCarryATypeToo() {
        HttpJson.Answer notAcceptable =
                as(DemoClients.CASE_SYSTEM).send("GET", "/api/v1/indicators", Map.of("Accept", "application/xml"));
        assertProblem(notAcceptable, 406, "not-acceptable");

        HttpJson.Answer unsupported =
                as(DemoClients.CASE_SYSTEM).send("POST", "/api/v1/triage", Map.of("Content-Type", "text/plain"));
        assertProblem(unsupported, 415, "unsupported-media-type");
    }

    @Test
    void aQueryStringOrPathThatCannotBeDecodedIsABadRequestProblem() throws IOException {
        for (String target : new String[] {
            "/actuator/health?a=%zz",
            "/api/v1/decisions?childRef=%zz",
            "/api/v1/decisions/%zz",
            "/api/v1/tri%ZZage",
            "/audit/%",
            "/api/v1/decisions/%c3%28",
            "/api/v1/decisions/%2e%2e",
            "/api/v1/decisions/%2F"
        }) {
            String raw = rawGet(target, DemoClients.AUDITOR.key());

            assertThat(raw).as(target).startsWith("HTTP/1.1 400").containsIgnoringCase("application/problem+json");
            // The body may come in chunks; the document is the JSON object in it.
            JsonNode problem = HttpJson.JSON.readTree(raw.substring(raw.indexOf('{'), raw.lastIndexOf('}') + 1));
            assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "invalid-request");
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(problem.path("status").asInt()).isEqualTo(400);
        }
    }

    private static void assertProblem(HttpJson.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + type);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
    }

    /** The JDK's HTTP client refuses to send a malformed query, so this one goes over a plain socket. */
    private String rawGet(String target, String key) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
