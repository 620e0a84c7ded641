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
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A wrong path is 404 and a wrong method 405 (with Allow) for an authenticated caller, not a permission
 * problem; a known operation the role may not use stays 403, and anyone unauthenticated still gets 401
 * first. Every such refusal, and Spring's own 406 and 415, is a problem with the contract's required
 * fields, and a query string that cannot be decoded is a 400, never a 500.
 */
class HonestStatusTest extends SecurityTest {

    private static final String PROBLEM_TYPES = "https://mset-triage.example/problems/";

    @Autowired
    JdbcClient jdbc;

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
    void headIsAnsweredWhereverGetIsWithTheSameStatusAndHeadersAndNoBody() {
        for (String path : new String[] {"/api/v1/openapi.yaml", "/api/v1/indicators", "/actuator/health"}) {
            HttpJson.Answer get = as(DemoClients.CASE_SYSTEM).get(path);
            HttpJson.Answer head = as(DemoClients.CASE_SYSTEM).send("HEAD", path, Map.of());

            assertThat(head.status()).as(path).isEqualTo(200).isEqualTo(get.status());
            assertThat(head.header("Content-Type")).as(path).isEqualTo(get.header("Content-Type"));
            assertThat(head.response().body()).as(path).isEmpty();
        }
        // As GET does, HEAD asks for credentials first and keeps owner roles.
        assertThat(anonymous().send("HEAD", "/api/v1/indicators", Map.of()).status())
                .isEqualTo(401);
        assertThat(as(DemoClients.CASE_SYSTEM)
                        .send("HEAD", "/api/v1/rules", Map.of())
                        .status())
                .isEqualTo(403);
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
            // Operations that read no parameter refuse one too, or it would pass unread.
            "/api/v1/indicators?x=%zz",
            "/api/v1/indicators?x=%",
            "/api/v1/indicators?x=%4",
            "/api/v1/decisions/%zz",
            "/api/v1/tri%ZZage",
            "/audit/%",
            "/api/v1/decisions/%c3%28",
            "/api/v1/decisions/%2e%2e",
            "/api/v1/decisions/%2F"
        }) {
            String raw = raw("GET " + target, DemoClients.AUDITOR.key(), "");

            assertThat(raw).as(target).startsWith("HTTP/1.1 400").containsIgnoringCase("application/problem+json");
            assertThat(raw).as(target).contains("X-Content-Type-Options: nosniff", "Cache-Control: no-cache");
            // The body may come in chunks; the document is the JSON object in it.
            JsonNode problem = HttpJson.JSON.readTree(raw.substring(raw.indexOf('{'), raw.lastIndexOf('}') + 1));
            assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "invalid-request");
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(problem.path("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void aTriageCallWithABrokenQueryStringIsRefusedAndStoresNothing() throws IOException {
        String referral = TriageRoundTripTestReferral.json();
        long before = decisionsStored();

        String raw = raw("POST /api/v1/triage?x=%zz", DemoClients.CASE_SYSTEM.key(), referral);

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(decisionsStored()).isEqualTo(before);
    }

    @Test
    void aMethodImplementedNowhereIsAProblemWithTheUsualHeaders() throws IOException {
        String raw = raw("FOO /api/v1/triage", DemoClients.CASE_SYSTEM.key(), "");

        assertThat(raw).startsWith("HTTP/1.1 501").containsIgnoringCase("application/problem+json");
        assertThat(raw).contains("X-Content-Type-Options: nosniff", "X-Frame-Options: DENY");
        JsonNode problem = HttpJson.JSON.readTree(raw.substring(raw.indexOf('{'), raw.lastIndexOf('}') + 1));
        assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "not-implemented");
        assertThat(problem.path("status").asInt()).isEqualTo(501);
    }

    @Test
    void traceRefusedByTheContainerIsNotImplementedAsAnyOtherSuchMethod() throws IOException {
        // Tomcat refused it with a 405 whose Allow named methods the path does not serve (PUT, DELETE).
        for (String key : new String[] {DemoClients.CASE_SYSTEM.key(), "not-a-key"}) {
            String raw = raw("TRACE /api/v1/triage", key, "");

            assertThat(raw).startsWith("HTTP/1.1 501").containsIgnoringCase("application/problem+json");
            assertThat(raw).contains("X-Content-Type-Options: nosniff").doesNotContain("\"timestamp\"");
            assertThat(raw.substring(0, raw.indexOf("\r\n\r\n"))).doesNotContainIgnoringCase("\r\nAllow:");
            JsonNode problem = HttpJson.JSON.readTree(raw.substring(raw.indexOf('{'), raw.lastIndexOf('}') + 1));
            assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + "not-implemented");
            assertThat(problem.path("status").asInt()).isEqualTo(501);
        }
    }

    private long decisionsStored() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    private static void assertProblem(HttpJson.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + type);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
    }

    /**
     * The JDK's HTTP client refuses to send a malformed query or an unknown method, so this goes over a
     * plain socket: the request line's method and target, then a JSON body when one is given.
     */
    private String raw(String methodAndTarget, String key, String body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            out.write((methodAndTarget + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
