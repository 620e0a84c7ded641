package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every case in test-data/invalid is refused with 400, as a problem document naming exactly the fields
 * expected, and stores nothing.
 */
class BadRequestTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @TestFactory
    Stream<DynamicTest> refusesEachBadReferralNamingEveryProblemField() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(TestData.ROOT.resolve("invalid"))) {
            cases = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        return cases.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    JsonNode testCase = HttpJson.JSON.readTree(file.toFile());
                    String body = testCase.has("rawBody")
                            ? testCase.get("rawBody").asString()
                            : testCase.get("request").toString();
                    long before = storedDecisions();

                    HttpJson.Answer answer = http().post("/api/v1/triage", body);

                    assertThat(answer.status())
                            .as(testCase.get("name").asString())
                            .isEqualTo(400);
                    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                    List<String> pointers = new ArrayList<>();
                    answer.json()
                            .get("errors")
                            .values()
                            .forEach(e -> pointers.add(e.get("pointer").asString()));
                    List<String> expected = new ArrayList<>();
                    testCase.get("expectedPointers").values().forEach(p -> expected.add(p.asString()));
                    assertThat(pointers.stream().distinct().sorted().toList())
                            .as(answer.response().body())
                            .isEqualTo(expected);
                    assertThat(storedDecisions()).isEqualTo(before);
                }));
    }

    @Test
    void refusesABodyOverOneMegabyteWith413() {
        String padding = " ".repeat(1_100_000);
        HttpJson.Answer answer = http().post("/api/v1/triage", "{" + padding + "}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("status").asInt()).isEqualTo(413);
    }

    @Test
    void refusesAChunkedBodyThatRunsOverOneMegabyteWith413() throws Exception {
        // No Content-Length: the limit must hold while the body is being read.
        byte[] body = ("{\"referralId\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/triage"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DemoClients.CASE_SYSTEM.key())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        long before = storedDecisions();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(storedDecisions()).isEqualTo(before);
    }

    private long storedDecisions() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }
}
