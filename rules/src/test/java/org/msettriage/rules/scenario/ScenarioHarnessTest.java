package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.RuleDescription;
import org.msettriage.rules.engine.TriageEngine;

/**
 * Runs every scenario in test-data/scenarios against the packaged ruleset, one dynamic test each, then
 * fails naming any rule that no scenario fired. An empty folder fails: no scenarios is not a pass.
 */
class ScenarioHarnessTest {

    static final Path SCENARIOS = Path.of(System.getProperty("mset.testData", "../test-data"), "scenarios");

    @TestFactory
    Stream<DynamicTest> everyScenarioProducesItsExpectedDecision() {
        assertThat(Files.isDirectory(SCENARIOS))
                .as("scenario folder %s exists", SCENARIOS)
                .isTrue();
        List<Scenario> scenarios = Scenario.readFolder(SCENARIOS);
        assertThat(scenarios).as("scenarios in %s", SCENARIOS).isNotEmpty();

        TriageEngine engine = TriageEngine.packaged();
        Set<String> fired = new ConcurrentSkipListSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            tests.add(DynamicTest.dynamicTest(scenario.file() + ": " + scenario.name(), () -> {
                RiskAssessment decision = engine.assess(scenario.referral());
                fired.addAll(decision.firedRules().keySet());
                List<String> mismatches = ScenarioCheck.mismatches(scenario.expected(), decision);
                if (!mismatches.isEmpty()) {
                    fail(scenario.file() + " (" + scenario.description() + ")\n  " + String.join("\n  ", mismatches));
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("every rule is fired by some scenario", () -> {
            Set<String> unfired = new TreeSet<>();
            for (RuleDescription rule : engine.rules()) {
                if (!fired.contains(rule.id())) {
                    unfired.add(rule.id() + " (" + rule.file() + ": " + rule.name() + ")");
                }
            }
            assertThat(unfired).as("rules that no scenario fires").isEmpty();
        }));
        return tests.stream();
    }
}
