package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import org.msettriage.rules.policy.ActionDefinition;

/**
 * Every action of the catalogue has a scenario where it fires and a neighbouring scenario (one that names
 * the other with neighbourOf, a small change away) where it must not. The decisions are checked against
 * the scenarios' complete action lists by the harness; this test checks that the pairs exist.
 */
class ActionNeighboursTest {

    @Test
    void everyActionFiresInOneScenarioAndNotInItsNeighbour() {
        ScenarioRun run = ScenarioRun.get();
        Map<String, Scenario> byFile =
                run.scenarios.stream().collect(Collectors.toMap(Scenario::file, Function.identity()));
        Set<String> paired = new TreeSet<>();
        for (Scenario neighbour : run.scenarios) {
            Scenario original = neighbour.neighbourOf() == null ? null : byFile.get(neighbour.neighbourOf());
            if (neighbour.neighbourOf() != null) {
                assertThat(original)
                        .as("%s names neighbour %s, which exists", neighbour.file(), neighbour.neighbourOf())
                        .isNotNull();
                Set<String> inOriginal = codes(run, original);
                Set<String> inNeighbour = codes(run, neighbour);
                inOriginal.stream().filter(code -> !inNeighbour.contains(code)).forEach(paired::add);
                inNeighbour.stream().filter(code -> !inOriginal.contains(code)).forEach(paired::add);
            }
        }
        Set<String> catalogue = run.engine.policy().actions().stream()
                .map(ActionDefinition::code)
                .collect(Collectors.toCollection(TreeSet::new));
        catalogue.removeAll(paired);
        assertThat(catalogue)
                .as("actions without a pair of neighbouring scenarios, one firing it and one not")
                .isEmpty();
    }

    private static Set<String> codes(ScenarioRun run, Scenario scenario) {
        return run.decision(scenario).actions().stream()
                .map(RecommendedAction::code)
                .collect(Collectors.toSet());
    }
}
