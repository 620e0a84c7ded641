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
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.rules.scenario.ScenarioCheck;
import org.msettriage.rules.scenario.ScenarioUpdate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Accepting a change rewrites what the check found different in a broken scenario to the candidate's
 * outcome, and nothing else it pins.
 */
class ScenarioUpdateTest {

    private static final java.util.function.UnaryOperator<String> RAISE_VULNERABILITY_WEIGHT =
            csv -> csv.replace("V,1,1,1", "V,2,1,1");

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
    void everyFieldTheCheckFindsNoDifferenceInIsKeptExactlyAsWritten() throws IOException {
        // An approval's trial: 27 scenarios whose score alone changed were written back with the panel's
        // reasons in the decision's order, and the ruleset page listed each reordering as accepted.
        TriageEngine raised = Candidates.engine(Candidates.edited("points.csv", RAISE_VULNERABILITY_WEIGHT));
        int kept = 0;
        for (Scenario original : Candidates.scenarios()) {
            RiskAssessment gives = raised.assess(original.referral(), original.intelligence());
            List<String> differing = ScenarioCheck.problems(original.expected(), gives).stream()
                    .map(problem -> problem.mismatch().path())
                    .toList();
            if (differing.isEmpty()) {
                continue;
            }
            String before = Files.readString(Candidates.SCENARIOS.resolve(original.file()));
            JsonNode updated = Scenario.parse(original.file(), ScenarioUpdate.updated(before, gives))
                    .expected();

            for (String field : original.expected().propertyNames()) {
                if (differing.stream().noneMatch(path -> path.equals(field) || path.startsWith(field + "."))
                        && differing.stream().noneMatch(path -> path.startsWith(field + "["))) {
                    assertThat(updated.get(field))
                            .as(original.file() + " " + field)
                            .isEqualTo(original.expected().get(field));
                    kept++;
                }
            }
        }
        assertThat(kept)
                .as("fields the change leaves alone in the scenarios it breaks")
                .isGreaterThan(20);
    }

    @Test
    void aChangeOfTheScoreAloneRewritesTheScoreAndNothingElse() throws IOException {
        String file = "bands-score-6-is-emerging.json";
        String before = Files.readString(Candidates.SCENARIOS.resolve(file));
        Scenario original = Scenario.parse(file, before);
        TriageEngine raised = Candidates.engine(Candidates.edited("points.csv", RAISE_VULNERABILITY_WEIGHT));
        RiskAssessment gives = raised.assess(original.referral(), original.intelligence());
        assertThat(gives.msetPanel().reasons())
                .extracting(RiskAssessment.EligibilityNote::code)
                .as("the decision gives the panel's reasons in another order than the scenario pins them")
                .isNotEqualTo(codes(original.expected().path("msetPanel").path("reasons")));

        JsonNode updated =
                Scenario.parse(file, ScenarioUpdate.updated(before, gives)).expected();

        ObjectNode expected = (ObjectNode) original.expected().deepCopy();
        expected.put("score", gives.score());
        assertThat(updated).isEqualTo(expected);
        assertThat(updated.path("score").asInt())
                .isNotEqualTo(original.expected().path("score").asInt());
    }

    @Test
    void anIndicatorWhosePointsChangedKeepsItsPlaceAndItsNeighboursAsWritten() throws IOException {
        String file = "points-tier-v-at-each-recency.json";
        String before = Files.readString(Candidates.SCENARIOS.resolve(file));
        Scenario original = Scenario.parse(file, before);
        TriageEngine raised = Candidates.engine(Candidates.edited("points.csv", RAISE_VULNERABILITY_WEIGHT));

        JsonNode updated = Scenario.parse(
                        file,
                        ScenarioUpdate.updated(before, raised.assess(original.referral(), original.intelligence())))
                .expected();

        JsonNode was = original.expected().path("indicatorsUsed");
        JsonNode is = updated.path("indicatorsUsed");
        assertThat(codes(is)).isEqualTo(codes(was));
        List<JsonNode> changed = is.values().stream()
                .filter(entry -> !was.values().contains(entry))
                .toList();
        assertThat(changed)
                .as("only the current tier V indicators change, to their new points")
                .isNotEmpty()
                .allSatisfy(entry -> {
                    assertThat(entry.path("recency").asString()).isEqualTo("CURRENT");
                    assertThat(entry.path("points").asInt()).isEqualTo(2);
                });
    }

    private static List<String> codes(JsonNode entries) {
        return entries.values().stream()
                .map(entry -> entry.path("code").asString())
                .toList();
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
