package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.triage.TriageRoundTripTestReferral;

/**
 * Security headers on every kind of answer, no session or cookie ever, and cross-origin calls only from
 * the configured origin (this context allows one; {@link CorsClosedByDefaultTest} checks the default).
 */
class HardeningTest extends SecurityTest {

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoCookie() {
        HttpJson.Answer created =
                as(DemoClients.CASE_SYSTEM).post("/api/v1/triage", TriageRoundTripTestReferral.json());
        List<HttpJson.Answer> answers = List.of(
                created,
                as(DemoClients.CASE_SYSTEM).get(created.header("Location")),
                as(DemoClients.ANALYST).get("/api/v1/indicators"),
                as(DemoClients.ANALYST).get(created.header("Location")),
                anonymous().get("/api/v1/indicators"),
                as(DemoClients.CASE_SYSTEM).post("/api/v1/triage", "{}"));

        for (HttpJson.Answer answer : answers) {
            String status = "answer " + answer.status();
            assertThat(answer.header("X-Content-Type-Options")).as(status).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(status).isEqualTo("DENY");
            assertThat(answer.header("Cache-Control")).as(status).contains("no-store");
            assertThat(answer.header("Content-Security-Policy")).as(status).contains("frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).as(status).isEqualTo("no-referrer");
            assertThat(answer.header("Set-Cookie")).as(status).isNull();
        }
    }

    @Test
    void aPreflightFromTheConfiguredOriginIsAllowed() {
        HttpJson.Answer answer = preflight(ALLOWED_ORIGIN);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
        assertThat(answer.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
    }

    @Test
    void anyOtherOriginIsRefused() {
        HttpJson.Answer preflight = preflight("https://evil.example");
        HttpJson.Answer call =
                as(DemoClients.ANALYST).send("GET", "/api/v1/indicators", Map.of("Origin", "https://evil.example"));

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(call.status()).isEqualTo(403);
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
        assertThat(call.header("Content-Type")).startsWith("application/problem+json");
        assertThat(call.json().get("type").asString()).isEqualTo("https://mset-triage.example/problems/forbidden");
    }

    private HttpJson.Answer preflight(String origin) {
        return anonymous()
                .send(
                        "OPTIONS",
                        "/api/v1/triage",
                        Map.of(
                                "Origin", origin,
                                "Access-Control-Request-Method", "POST",
                                "Access-Control-Request-Headers", "authorization,content-type"));
    }
}
