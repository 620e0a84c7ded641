package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.RuleDescription;
import org.msettriage.rules.facts.Reason;

/** Explanation reasons come in the order the policy applies its rules, whatever the engine's firing order. */
class ReasonOrderTest {

    @Test
    void theWorkedExampleReadsStepByStepFromMissingEpisodesToActions() {
        ScenarioRun run = ScenarioRun.get();
        Scenario example = run.scenarios.stream()
                .filter(s -> s.file().equals("examples-repeat-missing-found-with-adult-in-car.json"))
                .findFirst()
                .orElseThrow();
        List<String> ruleIds =
                run.decision(example).reasons().stream().map(Reason::ruleId).toList();

        List<String> steps = List.of(
                "MIS01-CURRENT",
                "INDICATOR_POINTS",
                "EXPLOITATION_TYPE",
                "SCORE",
                "SCORE_BAND",
                "LEVEL_UNCAPPED",
                "OVR_CRITICAL",
                "LEVEL_RAISED_BY_FLOOR",
                "LEVEL_BY_RULES",
                "PRE_EXPLOITATION",
                "ADDS_PERPETRATOR",
                "IMMEDIATE_CRITICAL",
                "PATHWAY_IMMEDIATE_SAFEGUARDING",
                "POLICE_IMMEDIATE_RESPONSE",
                "REVIEW_ASSESSMENT");
        assertThat(ruleIds).containsSubsequence(steps);
        assertThat(ruleIds.get(0)).isEqualTo("MIS01-CURRENT");
    }

    @Test
    void everyDecisionListsItsReasonsInRuleOrder() {
        ScenarioRun run = ScenarioRun.get();
        Map<String, Integer> position = new HashMap<>();
        run.engine.rules().forEach(rule -> position.put(rule.id(), rule.position()));
        List<String> outOfOrder = new ArrayList<>();
        for (Scenario scenario : run.scenarios) {
            RiskAssessment decision = run.decision(scenario);
            for (int i = 1; i < decision.reasons().size(); i++) {
                String before = decision.reasons().get(i - 1).ruleId();
                String after = decision.reasons().get(i).ruleId();
                if (position.get(before) > position.get(after)) {
                    outOfOrder.add(scenario.file() + ": " + before + " before " + after);
                }
            }
        }
        assertThat(outOfOrder).isEmpty();
    }

    @Test
    void theRuleFilesApplyInThePolicysOrderOfSteps() {
        // Each file once per run of its rules: scoring.drl scores before and totals after exploitation.drl;
        // links.drl gives its panel reason with the others (before the unmet ones) and its action after the
        // table's.
        List<String> filesInRuleOrder = new ArrayList<>();
        for (RuleDescription rule : ScenarioRun.get().engine.rules()) {
            if (filesInRuleOrder.isEmpty()
                    || !filesInRuleOrder.get(filesInRuleOrder.size() - 1).equals(rule.file())) {
                filesInRuleOrder.add(rule.file());
            }
        }

        assertThat(filesInRuleOrder)
                .containsExactly(
                        "missing.drl",
                        "indicators.drl",
                        "scoring.drl",
                        "exploitation.drl",
                        "scoring.drl",
                        "thresholds.drl",
                        "judgement.drl",
                        "level.drl",
                        "eligibility.drl",
                        "links.drl",
                        "eligibility.drl",
                        "pathway.drl",
                        "actions.drl",
                        "action-rules.csv",
                        "links.drl",
                        "information.drl");
    }
}
