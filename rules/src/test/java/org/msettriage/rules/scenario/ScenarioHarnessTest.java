package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.RuleDescription;

/**
 * Runs every scenario in test-data/scenarios against the packaged ruleset, one dynamic test each, and
 * fails naming any rule that no scenario fired. Each rule renders its explanation template when it
 * fires, so this also proves every template is rendered at least once. An empty folder fails.
 */
class ScenarioHarnessTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioProducesItsExpectedDecision() {
        ScenarioRun run = ScenarioRun.get();
        return run.scenarios.stream()
                .map(scenario -> DynamicTest.dynamicTest(scenario.file() + ": " + scenario.name(), () -> {
                    List<String> mismatches = ScenarioCheck.mismatches(scenario.expected(), run.decision(scenario));
                    if (!mismatches.isEmpty()) {
                        fail(scenario.file() + " (" + scenario.description() + ")\n  "
                                + String.join("\n  ", mismatches));
                    }
                }));
    }

    @Test
    void everyRuleIsFiredBySomeScenario() {
        ScenarioRun run = ScenarioRun.get();
        Set<String> fired = new TreeSet<>();
        run.decisions.values().forEach(d -> fired.addAll(d.firedRules().keySet()));
        Set<String> unfired = new TreeSet<>();
        for (RuleDescription rule : run.engine.rules()) {
            if (!fired.contains(rule.id())) {
                unfired.add(rule.id() + " (" + rule.file() + ": " + rule.name() + ")");
            }
        }
        assertThat(unfired).as("rules that no scenario fires").isEmpty();
    }

    @Test
    void everyScenarioPinsTheOutcomeAndWhatItsKindIsAbout() {
        List<String> problems = ScenarioRun.get().scenarios.stream()
                .flatMap(scenario -> ScenarioKinds.problems(scenario).stream())
                .toList();

        assertThat(problems)
                .as("scenarios pinning more or less than their kind")
                .isEmpty();
    }

    @Test
    void theKindsAreCheckedByWhatEachPins() {
        Scenario golden =
                Scenario.parse("examples-x.json", "{\"request\": {}, \"expected\": {\"riskLevel\": \"NONE\"}}");
        Scenario routing = Scenario.parse(
                "routing-x.json",
                "{\"request\": {}, \"expected\": {\"score\": 3, \"riskLevel\": \"NONE\", \"exploitationTypes\": [],"
                        + " \"pathway\": \"SINGLE_AGENCY\", \"preMset\": {}, \"msetPanel\": {}, \"actions\": [],"
                        + " \"insufficientInformation\": [], \"warnings\": []}}");

        assertThat(ScenarioKinds.problems(golden))
                .contains("examples-x.json lacks score, which a examples scenario pins");
        assertThat(ScenarioKinds.problems(routing))
                .containsExactly("routing-x.json pins score, which is not what a routing scenario is about");
        assertThat(ScenarioKinds.problems(Scenario.parse("misc-x.json", "{\"request\": {}, \"expected\": {}}")))
                .singleElement()
                .asString()
                .startsWith("misc-x.json names no kind of scenario");
    }

    @Test
    void everyPathwayAndEveryEligibilityReasonAppears() {
        Set<String> seen = new TreeSet<>();
        for (RiskAssessment decision : ScenarioRun.get().decisions.values()) {
            seen.add(decision.pathway());
            decision.preMset().reasons().forEach(r -> seen.add(r.code()));
            decision.msetPanel().reasons().forEach(r -> seen.add(r.code()));
        }
        assertThat(seen)
                .containsAll(List.of(
                        "IMMEDIATE_SAFEGUARDING",
                        "MSET_PANEL",
                        "PRE_MSET",
                        "SINGLE_AGENCY",
                        "PRE_EXPLOITATION",
                        "PRE_MISSING",
                        "PRE_INTELLIGENCE",
                        "PRE_JUDGEMENT",
                        "NOT_INDICATED",
                        "ADDS_PERPETRATOR",
                        "ADDS_LOCATION",
                        "ADDS_CROSS_BOUNDARY",
                        "ADDS_SIGNIFICANT",
                        "ADDS_TRAFFICKING",
                        "ADDS_NOT_REDUCING",
                        "NOT_LEVEL",
                        "NOT_PRE_MSET",
                        "NOT_ADDS_VALUE"));
    }
}
