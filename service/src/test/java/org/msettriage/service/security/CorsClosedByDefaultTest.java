package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;

/** On the default configuration no browser origin may call the API, while calls without an Origin work. */
class CorsClosedByDefaultTest extends ServiceTest {

    @Test
    void noOriginIsAllowedByDefault() {
        HttpJson.Answer preflight = anonymous()
                .send(
                        "OPTIONS",
                        "/api/v1/indicators",
                        Map.of("Origin", "https://case.example.org", "Access-Control-Request-Method", "GET"));
        HttpJson.Answer call =
                as(DemoClients.ANALYST).send("GET", "/api/v1/indicators", Map.of("Origin", "https://case.example.org"));

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(call.status()).isEqualTo(403);
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
        assertThat(as(DemoClients.ANALYST).get("/api/v1/indicators").status()).isEqualTo(200);
    }
}
