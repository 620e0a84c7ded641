package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ApiDocument;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Walks the refusals the service can send, one request for each status, and reads every body with the
 * contract's Problem schema: its required fields present, every field of the type the schema gives, and
 * the status in the body the status of the answer, and {@code instance} the request's path without its
 * query (for an operation's own not-found and Spring Security's refusals, its path with the variables by
 * name; none for a path nothing is served at), whoever answered (MVC, Spring Security, the firewall, the container). (503 is walked by DatabaseFaultsTest, 429 by
 * CredentialThrottleTest, the malformed query string by HonestStatusTest.)
 */
class ProblemShapesTest extends SecurityTest {

    @Autowired
    JdbcClient jdbc;

    /** A query value standing for personal data: no problem may repeat it. */
    private static final String CHILD = "childRef=CH-PERSONAL-7";

    @Test
    void everyRefusalIsAProblemTheContractCanRead() throws IOException {
        String referral = TriageRoundTripTestReferral.json();
        Map<String, Seen> answers = new LinkedHashMap<>();
        answers.put(
                "400 invalid referral",
                seen("/api/v1/triage", as(DemoClients.CASE_SYSTEM).post("/api/v1/triage", "{}")));
        answers.put(
                "400 invalid batch",
                seen("/api/v1/triage/batch", as(DemoClients.CASE_SYSTEM).post("/api/v1/triage/batch", "{}")));
        answers.put(
                "400 invalid parameter",
                seen(
                        "/api/v1/decisions",
                        as(DemoClients.AUDITOR).get("/api/v1/decisions?decidedFrom=yesterday&" + CHILD)));
        answers.put(
                "400 query the container cannot decode",
                raw("/api/v1/decisions", "GET /api/v1/decisions?" + CHILD + "%zz", DemoClients.AUDITOR.key()));
        answers.put(
                "400 path the firewall refuses",
                // No instance: a path the firewall will not read is no operation's.
                raw(null, "GET /api/v1/decisions/%2e%2e?" + CHILD, DemoClients.AUDITOR.key()));
        answers.put(
                "400 path the container cannot decode",
                // No instance: a path that cannot be read names no operation, and is the caller's own.
                raw(null, "GET /api/v1/decisions/%zz?" + CHILD, DemoClients.AUDITOR.key()));
        answers.put("401 no credential", seen("/api/v1/triage", anonymous().post("/api/v1/triage?" + CHILD, referral)));
        answers.put(
                "401 unknown key",
                seen(
                        "/api/v1/indicators",
                        anonymous().as("not-a-key-of-this-service").get("/api/v1/indicators?" + CHILD)));
        answers.put(
                "403 another role",
                seen("/api/v1/triage", as(DemoClients.ANALYST).post("/api/v1/triage?" + CHILD, referral)));
        answers.put(
                "403 origin not allowed",
                seen(
                        "/api/v1/indicators",
                        as(DemoClients.CASE_SYSTEM)
                                .send(
                                        "GET",
                                        "/api/v1/indicators?" + CHILD,
                                        Map.of("Origin", "https://elsewhere.example"))));
        answers.put(
                "404 no such path",
                // No instance: every character of a path nothing is served at is the caller's own.
                seen(null, as(DemoClients.CASE_SYSTEM).get("/api/v1/nothing-here?" + CHILD)));
        answers.put(
                "404 no such decision",
                // Named by its operation's path, not the id sent, which may be anything a caller typed.
                seen(
                        "/api/v1/decisions/%7BdecisionId%7D",
                        as(DemoClients.AUDITOR).get("/api/v1/decisions/00000000-0000-7000-8000-000000000000")));
        answers.put(
                "405 wrong method",
                seen("/api/v1/triage", as(DemoClients.CASE_SYSTEM).put("/api/v1/triage?" + CHILD, referral)));
        answers.put(
                "405 wrong method, refused by MVC",
                seen("/api/v1/triage", as(DemoClients.CASE_SYSTEM).get("/api/v1/triage")));
        answers.put(
                "406 not acceptable",
                seen(
                        "/api/v1/indicators",
                        as(DemoClients.CASE_SYSTEM)
                                .send("GET", "/api/v1/indicators", Map.of("Accept", "application/xml"))));
        answers.put(
                "406 JSON refused",
                seen(
                        "/api/v1/triage",
                        as(DemoClients.CASE_SYSTEM)
                                .post("/api/v1/triage", referral, Map.of("Accept", "application/json;q=0"))));
        answers.put(
                "409 activate the active ruleset",
                // An operation's own refusal names it by its pattern too, never the version sent.
                seen(
                        "/api/v1/rulesets/%7Bversion%7D/activate",
                        as(DemoClients.POLICY_LEAD)
                                .post("/api/v1/rulesets/2026.12.2/activate", "{\"reason\": \"already active\"}")));
        answers.put(
                "413 too large",
                seen(
                        "/api/v1/triage",
                        as(DemoClients.CASE_SYSTEM)
                                .post("/api/v1/triage?" + CHILD, "{\"x\": \"" + "a".repeat(1_100_000) + "\"}")));
        answers.put(
                "415 not JSON",
                seen(
                        "/api/v1/triage",
                        as(DemoClients.CASE_SYSTEM)
                                .send("POST", "/api/v1/triage", Map.of("Content-Type", "text/plain"))));
        answers.put(
                "415 compressed",
                seen(
                        "/api/v1/triage",
                        as(DemoClients.CASE_SYSTEM)
                                .postBytes("/api/v1/triage", gzip(referral), Map.of("Content-Encoding", "gzip"))));
        answers.put(
                "415 no Content-Type",
                // Refused while the operation is chosen, before it runs: named by its pattern.
                seen(
                        "/api/v1/rulesets/%7Bversion%7D/activate",
                        as(DemoClients.POLICY_LEAD).send("POST", "/api/v1/rulesets/2026.12.2/activate", Map.of())));
        as(DemoClients.CASE_SYSTEM).post("/api/v1/triage", referral, Map.of("Idempotency-Key", "shapes-1"));
        answers.put(
                "422 key reused",
                seen(
                        "/api/v1/triage",
                        as(DemoClients.CASE_SYSTEM)
                                .post(
                                        "/api/v1/triage",
                                        referral.replace("\"EX-1\"", "\"EX-9\""),
                                        Map.of("Idempotency-Key", "shapes-1"))));
        answers.put(
                "501 method implemented nowhere",
                raw("/api/v1/triage", "FOO /api/v1/triage?" + CHILD, DemoClients.CASE_SYSTEM.key()));
        answers.put("501 TRACE", raw("/api/v1/triage", "TRACE /api/v1/triage?" + CHILD, DemoClients.CASE_SYSTEM.key()));
        answers.put("501 TRACE unauthenticated", raw("/api/v1/triage", "TRACE /api/v1/triage?" + CHILD, "not-a-key"));

        Map<String, Object> schema = ApiDocument.at(ApiDocument.read(), "components", "schemas", "Problem");
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) schema.get("required");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
        List<String> wrong = new ArrayList<>();
        answers.forEach((what, answer) -> {
            int status = Integer.parseInt(what.substring(0, 3));
            wrong.addAll(problemsWith(what, status, answer, required, properties));
        });

        assertThat(wrong).isEmpty();
        assertThat(required).contains("type", "title", "status");
        assertThat(properties).containsKey("instance");
    }

    /** An answer as the walk reads it, with the path (no query) its problem must name as its instance. */
    private record Seen(String path, int status, String contentType, String body) {}

    private static Seen seen(String path, HttpJson.Answer answer) {
        return new Seen(
                path,
                answer.status(),
                answer.header("Content-Type"),
                answer.response().body());
    }

    /**
     * What the JDK's client will not send (an unknown method, a target that cannot be decoded), over a
     * plain socket; the body is the JSON object in what comes back (it may come in chunks).
     */
    private Seen raw(String path, String methodAndTarget, String key) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((methodAndTarget + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            String head = text.substring(0, text.indexOf("\r\n\r\n"));
            String contentType = head.lines()
                    .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(null);
            String body = text.indexOf('{') < 0 ? "" : text.substring(text.indexOf('{'), text.lastIndexOf('}') + 1);
            return new Seen(path, status, contentType, body);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationTellsAGeneratedClientThatAnyOtherStatusIsAProblem() {
        // Found by an integrator: 400, 406, 405 and 501 reached clients from operations that declared none.
        Map<String, Object> paths = ApiDocument.at(ApiDocument.read(), "paths");
        List<String> without = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> declared && declared.get("responses") instanceof Map<?, ?> responses) {
                Object other = responses.get("default");
                if (!(other instanceof Map<?, ?> reference)
                        || !"#/components/responses/AnyOtherRefusal".equals(reference.get("$ref"))) {
                    without.add(method + " " + path);
                }
            }
        }));
        Map<String, Object> anyOther = ApiDocument.at(
                ApiDocument.read(),
                "components",
                "responses",
                "AnyOtherRefusal",
                "content",
                "application/problem+json");

        assertThat(without).isEmpty();
        assertThat(ApiDocument.at(anyOther, "schema")).containsEntry("$ref", "#/components/schemas/Problem");
    }

    @Test
    void anAnswerIsNeverLabelledAProblemWhateverTheCallerAccepts() {
        Map<String, String> problemsOnly = Map.of("Accept", "application/problem+json");
        Map<String, String> problemsFirst = Map.of("Accept", "application/problem+json, application/json");

        HttpJson.Answer decided =
                as(DemoClients.CASE_SYSTEM).post("/api/v1/triage", TriageRoundTripTestReferral.json(), problemsOnly);
        HttpJson.Answer read = as(DemoClients.AUDITOR)
                .send(
                        "GET",
                        "/api/v1/decisions/" + decided.json().path("decisionId").asString(),
                        problemsFirst);
        HttpJson.Answer document = as(DemoClients.CASE_SYSTEM).send("GET", "/api/v1/openapi.yaml", problemsOnly);
        HttpJson.Answer refused = as(DemoClients.CASE_SYSTEM).post("/api/v1/triage", "{}", problemsFirst);

        assertThat(decided.status()).isEqualTo(201);
        assertThat(decided.header("Content-Type")).startsWith("application/json");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Content-Type")).startsWith("application/json");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).startsWith("application/yaml");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anAcceptThatRefusesEveryTypeTheOperationAnswersInIsNotAcceptableAndStoresNothing() {
        String referral = TriageRoundTripTestReferral.json();
        long before = decisionsStored();

        HttpJson.Answer refused =
                as(DemoClients.CASE_SYSTEM).post("/api/v1/triage", referral, Map.of("Accept", "application/json;q=0"));
        HttpJson.Answer refusedUnderAnyOther = as(DemoClients.CASE_SYSTEM)
                .post("/api/v1/triage", referral, Map.of("Accept", "application/json;q=0, */*"));
        HttpJson.Answer everythingRefused =
                as(DemoClients.AUDITOR).send("GET", "/api/v1/indicators", Map.of("Accept", "*/*;q=0"));

        assertThat(refused.status()).isEqualTo(406);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString())
                .isEqualTo("https://mset-triage.example/problems/not-acceptable");
        assertThat(refusedUnderAnyOther.status()).isEqualTo(406);
        assertThat(everythingRefused.status()).isEqualTo(406);
        assertThat(decisionsStored()).isEqualTo(before);
        // A low weight is a preference, and a type the header does not name is not refused: answered as before.
        HttpJson.Answer leastPreferred = as(DemoClients.CASE_SYSTEM)
                .post("/api/v1/triage", referral, Map.of("Accept", "application/json;q=0.1, application/xml"));
        HttpJson.Answer problemsOnly = as(DemoClients.CASE_SYSTEM)
                .send(
                        "GET",
                        "/api/v1/openapi.yaml",
                        Map.of("Accept", "application/json;q=0, application/problem+json"));
        assertThat(leastPreferred.status()).isEqualTo(201);
        assertThat(leastPreferred.header("Content-Type")).startsWith("application/json");
        assertThat(decisionsStored()).isEqualTo(before + 1);
        assertThat(problemsOnly.status()).isEqualTo(200);
        assertThat(problemsOnly.header("Content-Type")).startsWith("application/yaml");
    }

    @Test
    void aCharsetNamedInAcceptIsAnsweredInUtf8AndNeverAfterStoringAServerError() {
        String referral = TriageRoundTripTestReferral.json();
        long before = decisionsStored();

        for (String accept : List.of(
                "application/json;charset=ISO-8859-1",
                "application/json;charset=utf-16",
                "application/json;charset=US-ASCII",
                "application/problem+json;charset=iso-8859-1",
                "application/json;charset=no-such-charset",
                "garbage")) {
            HttpJson.Answer decided =
                    as(DemoClients.CASE_SYSTEM).post("/api/v1/triage", referral, Map.of("Accept", accept));
            assertThat(decided.status()).as(accept).isEqualTo(201);
            assertThat(decided.header("Content-Type")).as(accept).isEqualTo("application/json");
            HttpJson.Answer read = as(DemoClients.AUDITOR)
                    .send(
                            "GET",
                            "/api/v1/decisions/"
                                    + decided.json().path("decisionId").asString(),
                            Map.of("Accept", accept));
            assertThat(read.status()).as(accept).isEqualTo(200);
            assertThat(read.header("Content-Type")).as(accept).isEqualTo("application/json");
        }
        assertThat(decisionsStored()).isEqualTo(before + 6);
    }

    @Test
    void aRefusalMadeWhileChoosingTheOperationNamesItByItsPatternNotThePathSent() {
        HttpJson.Answer refused = as(DemoClients.AUDITOR)
                .send("GET", "/api/v1/decisions/Jo-Bloggs-2011/record", Map.of("Accept", "application/xml"));

        assertThat(refused.status()).isEqualTo(406);
        assertThat(refused.json().path("instance").asString()).isEqualTo("/api/v1/decisions/%7BdecisionId%7D/record");
        assertThat(refused.response().body()).doesNotContain("Bloggs");
    }

    @Test
    void aContentTypeThatCannotBeReadIsSaidToBeUnreadableNotMissing() {
        HttpJson.Answer refused = as(DemoClients.CASE_SYSTEM)
                .post("/api/v1/triage", TriageRoundTripTestReferral.json(), Map.of("Content-Type", "garbage"));

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().path("detail").asString())
                .isEqualTo("The request's Content-Type cannot be read as a media type: send the body as"
                        + " application/json.");
    }

    private long decisionsStored() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    @Test
    void aCompressedBodyIsRefusedForItsCodingNotForItsBytes() {
        HttpJson.Answer refused = as(DemoClients.CASE_SYSTEM)
                .postBytes(
                        "/api/v1/triage/batch",
                        gzip("{\"referrals\": [" + TriageRoundTripTestReferral.json() + "]}"),
                        Map.of("Content-Encoding", "gzip"));
        HttpJson.Answer untyped =
                as(DemoClients.POLICY_LEAD).send("POST", "/api/v1/rulesets/2026.12.2/activate", Map.of());

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.header("Accept-Encoding")).isEqualTo("identity");
        assertThat(refused.json().path("detail").asString())
                .startsWith(
                        "The body is sent compressed (its Content-Encoding); the service reads bodies as they are.");
        // A plain body whatever its header says (a client that sets one by mistake) is read as it always was.
        assertThat(as(DemoClients.CASE_SYSTEM)
                        .postBytes(
                                "/api/v1/triage",
                                TriageRoundTripTestReferral.json().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                Map.of("Content-Encoding", "gzip"))
                        .status())
                .isEqualTo(201);
        HttpJson.Answer plainText =
                as(DemoClients.CASE_SYSTEM).send("POST", "/api/v1/triage", Map.of("Content-Type", "text/plain"));
        assertThat(plainText.json().path("detail").asString())
                .isEqualTo(
                        "The body's Content-Type is not one this operation reads: send the body as application/json.");
        assertThat(untyped.status()).isEqualTo(415);
        assertThat(untyped.json().path("detail").asString())
                .isEqualTo("The request has no Content-Type: send the body as application/json.");
    }

    private static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> problemsWith(
            String what, int status, Seen answer, List<String> required, Map<String, Map<String, Object>> properties) {
        List<String> wrong = new ArrayList<>();
        if (answer.status() != status) {
            return List.of(what + ": answered " + answer.status());
        }
        String contentType = answer.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            wrong.add(what + ": Content-Type " + contentType);
        }
        JsonNode body = HttpJson.JSON.readTree(answer.body());
        for (String field : required) {
            if (!body.has(field) || body.get(field).isNull()) {
                wrong.add(what + ": no " + field);
            }
        }
        body.properties().forEach(field -> {
            Map<String, Object> property = properties.get(field.getKey());
            if (property != null && !ofType(field.getValue(), String.valueOf(property.get("type")))) {
                wrong.add(what + ": " + field.getKey() + " is not " + property.get("type"));
            }
        });
        if (body.path("status").asInt() != status) {
            wrong.add(what + ": status " + body.path("status") + " in the body");
        }
        // A case system correlates a problem with its request by the operation: every problem names its path
        // pattern when one is served there, and never the query string, which may carry personal data.
        if (!java.util.Objects.equals(answer.path(), body.path("instance").asString(null))) {
            wrong.add(what + ": instance " + body.path("instance") + ", not " + answer.path());
        }
        if (answer.body().contains("CH-PERSONAL-7")) {
            wrong.add(what + ": repeats the query string");
        }
        return wrong;
    }

    private static boolean ofType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }
}
