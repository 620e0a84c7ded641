package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;
import tools.jackson.databind.JsonNode;

/**
 * Every scenario again, through the real HTTP path: validation must accept it, and the answered decision
 * must hold the expected fields. This covers the mapping from the contract to the rules, which the rules
 * module's own harness does not pass through.
 */
class ScenariosOverHttpTest extends ServiceTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioIsAcceptedAndDecidedAsExpectedOverHttp() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(TestData.ROOT.resolve("scenarios"))) {
            scenarios =
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(scenarios).isNotEmpty();
        return scenarios.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    JsonNode scenario = HttpJson.JSON.readTree(file.toFile());

                    HttpJson.Answer answer = http().post(
                                    "/api/v1/triage", scenario.get("request").toString());

                    assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
                    assertThat(JsonSubset.mismatches(scenario.get("expected"), answer.json(), ""))
                            .as(scenario.get("name").asString())
                            .isEmpty();
                }));
    }
}
