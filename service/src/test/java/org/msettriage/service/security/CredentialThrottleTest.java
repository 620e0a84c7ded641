package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.test.context.TestPropertySource;

/** Refused credentials are throttled per address, on the API and at the auditor sign-in form alike. */
@TestPropertySource(properties = "mset.security.failed-credentials-per-minute=5")
class CredentialThrottleTest extends ServiceTest {

    @org.springframework.beans.factory.annotation.Value("${mset.security.failed-credentials-per-minute}")
    int limit;

    @Test
    void afterTheLimitAnAddressIsHeldBackWithA429UntilItsMinuteEnds() {
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous()
                            .as("wrong-key-number-" + i)
                            .get("/api/v1/indicators")
                            .status())
                    .isEqualTo(401);
        }

        assertThat(limit).isEqualTo(5);
        HttpJson.Answer held = as(DemoClients.CASE_SYSTEM).get("/api/v1/indicators?childRef=CH-PERSONAL-7");
        HttpJson.Answer form = anonymous()
                .post(
                        "/audit/sign-in",
                        "credential=demo-auditor-key",
                        Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(held.status()).isEqualTo(429);
        assertThat(Integer.parseInt(held.header("Retry-After"))).isBetween(1, 60);
        assertThat(held.header("Content-Type")).startsWith("application/problem+json");
        assertThat(held.json().path("type").asString())
                .isEqualTo("https://mset-triage.example/problems/too-many-failed-credentials");
        assertThat(held.json().path("status").asInt()).isEqualTo(429);
        // The path, as every problem names it; never the query string.
        assertThat(held.json().path("instance").asString()).isEqualTo("/api/v1/indicators");
        assertThat(held.response().body()).doesNotContain("CH-PERSONAL-7");
        // The sign-in form is held back too, before its form token is even looked at.
        // A person at the form gets a page in words, saying when to try again, not the API's problem.
        assertThat(form.status()).isEqualTo(429);
        assertThat(form.header("Content-Type")).startsWith("text/html");
        assertThat(form.response().body())
                .contains("<h1>Too many attempts to sign in</h1>")
                .containsPattern(
                        "Try again in <span id=\"retry-after\">" + form.header("Retry-After") + " seconds?</span>")
                .doesNotContain("demo-auditor-key");
        // A request without a credential is asked for one as usual.
        assertThat(anonymous().get("/api/v1/indicators").status()).isEqualTo(401);
    }
}
