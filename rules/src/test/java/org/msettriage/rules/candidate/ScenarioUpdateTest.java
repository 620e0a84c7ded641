package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.rules.scenario.ScenarioCheck;
import org.msettriage.rules.scenario.ScenarioUpdate;
import tools.jackson.databind.JsonNode;

/** Accepting a change rewrites a broken scenario's pinned fields to the candidate's outcome, and no others. */
class ScenarioUpdateTest {

    @Test
    void everyScenarioAWeightChangeBreaksPassesOnceUpdatedAndPinsTheSameFields() throws IOException {
        TriageEngine raised =
                Candidates.engine(Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1")));
        RulesetValidation validation = RulesetValidator.validate(
                Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1")),
                Candidates.scenarios(),
                Candidates::engine);
        assertThat(validation.brokenScenarios()).hasSizeGreaterThan(10);

        for (String broken : validation.brokenScenarios()) {
            String file = broken.substring(RulesetValidator.SCENARIO_FOLDER.length());
            String before = Files.readString(Candidates.SCENARIOS.resolve(file));
            Scenario original = Scenario.parse(file, before);

            Scenario updated = Scenario.parse(file, ScenarioUpdate.updated(before, raised.assess(original.referral())));

            assertThat(ScenarioCheck.mismatches(updated.expected(), raised.assess(updated.referral())))
                    .as(file)
                    .isEmpty();
            assertThat(List.copyOf(updated.expected().propertyNames()))
                    .as(file)
                    .containsExactlyElementsOf(original.expected().propertyNames());
            assertThat(updated.referral()).isEqualTo(original.referral());
            assertThat(updated.name()).isEqualTo(original.name());
        }
    }

    @Test
    void aScenarioTheChangeDoesNotBreakIsWrittenBackAsItWas() throws IOException {
        String file = "actions-cawn-consider-age-15-cse02.json";
        String text = Files.readString(Candidates.SCENARIOS.resolve(file));
        Scenario scenario = Scenario.parse(file, text);

        String rewritten = ScenarioUpdate.updated(
                text, Candidates.engine(Candidates.packaged()).assess(scenario.referral()));

        JsonNode expected = Scenario.parse(file, rewritten).expected();
        assertThat(ScenarioCheck.mismatches(
                        expected, Candidates.engine(Candidates.packaged()).assess(scenario.referral())))
                .isEmpty();
        assertThat(keysByAction(expected)).isEqualTo(keysByAction(scenario.expected()));
        assertThat(rewritten).contains("\"dueBy\": \"2026-11-15T10:00:00Z\"");
    }

    private static Map<String, Set<String>> keysByAction(JsonNode expected) {
        Map<String, Set<String>> keys = new TreeMap<>();
        expected.path("actions")
                .values()
                .forEach(entry -> keys.put(entry.path("code").asString(), new TreeSet<>(entry.propertyNames())));
        return keys;
    }
}
