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
import tools.jackson.databind.node.ObjectNode;

/**
 * Every scenario again, through the real HTTP path: validation must accept it, and the answered decision
 * must hold the expected fields. This covers the mapping from the contract to the rules, which the rules
 * module's own harness does not pass through. Each scenario is posted about a child of its own, naming people
 * and places no other scenario names, so that the service's record links nothing (policy v1.1 section
 * 10): a scenario's expectations hold for the referral decided alone. The few scenarios that give the
 * record's links or history ({@code intelligence}) are decided with them by the rules module's harness;
 * the store cannot be made to hold them here.
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
        List<Path> withIntelligence = scenarios.stream()
                .filter(file -> givesIntelligence(HttpJson.JSON.readTree(file.toFile())))
                .toList();
        assertThat(withIntelligence)
                .extracting(file -> file.getFileName().toString())
                .allMatch(name -> name.startsWith("links-"))
                .hasSizeLessThan(scenarios.size() / 20);
        return scenarios.stream()
                .filter(file -> !withIntelligence.contains(file))
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    JsonNode scenario = HttpJson.JSON.readTree(file.toFile());

                    HttpJson.Answer answer = http().post(
                                    "/api/v1/triage",
                                    apart(scenario.get("request"), file).toString());

                    assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
                    assertThat(JsonSubset.mismatches(scenario.get("expected"), answer.json(), ""))
                            .as(scenario.get("name").asString())
                            .isEmpty();
                }));
    }

    private static boolean givesIntelligence(JsonNode scenario) {
        JsonNode intelligence = scenario.path("intelligence");
        return !intelligence.path("links").isEmpty()
                || !intelligence.path("history").isMissingNode();
    }

    /** The request about a child of its own, its people and places named as no other scenario's are. */
    private static JsonNode apart(JsonNode request, Path file) {
        String own = file.getFileName().toString().replace(".json", "");
        ObjectNode copy = (ObjectNode) request.deepCopy();
        copy.put("childRef", "over-http-" + own);
        for (JsonNode perpetrator : copy.path("perpetrators")) {
            ownWords((ObjectNode) perpetrator, "nickname", own);
            ownWords((ObjectNode) perpetrator, "vehicle", own);
        }
        for (JsonNode location : copy.path("locationsOfConcern")) {
            ownWords((ObjectNode) location, "description", own);
        }
        return copy;
    }

    private static void ownWords(ObjectNode holder, String field, String own) {
        if (holder.path(field).isString()) {
            holder.put(field, holder.get(field).asString() + " " + own);
        }
    }
}
