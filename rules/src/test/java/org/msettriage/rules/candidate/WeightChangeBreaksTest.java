package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.rules.scenario.ScenarioKinds;

/**
 * What one weight change breaks (issue 16: it broke 116 scenarios while changing the outcome of 14):
 * every scenario whose outcome for the child changes, plus only those about the score itself.
 */
class WeightChangeBreaksTest {

    private static final Set<String> ABOUT_THE_SCORE = Set.of("bands", "points", "protective", "duplicates", "missing");
    private static final Set<String> GOLDEN = Set.of("examples", "mixed");

    @Test
    void raisingAWeightBreaksTheScenariosWhoseOutcomeChangesAndThoseAboutTheScore() {
        List<Scenario> scenarios = Candidates.scenarios();
        TriageEngine packaged = Candidates.engine(Candidates.packaged());
        TriageEngine raised =
                Candidates.engine(Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1")));
        Set<String> outcomeChanged = new TreeSet<>();
        for (Scenario scenario : scenarios) {
            ReplayedReferral input = ReplayedReferral.of(scenario);
            ImpactTally.difference(
                            input,
                            packaged.assess(scenario.referral(), scenario.intelligence()),
                            raised.assess(scenario.referral(), scenario.intelligence()))
                    .ifPresent(change -> outcomeChanged.add(RulesetValidator.SCENARIO_FOLDER + scenario.file()));
        }

        RulesetValidation validation = RulesetValidator.validate(
                Candidates.edited("points.csv", csv -> csv.replace("V,1,1,1", "V,2,1,1")),
                scenarios,
                Candidates::engine);
        List<String> broken = validation.brokenScenarios();

        assertThat(outcomeChanged).hasSize(14);
        assertThat(broken).containsAll(outcomeChanged);
        assertThat(broken)
                .filteredOn(file -> !outcomeChanged.contains(file))
                .allSatisfy(file -> assertThat(kindOf(file)).isIn(union(ABOUT_THE_SCORE, GOLDEN)));
        assertThat(broken.size()).as("of " + scenarios.size()).isLessThan(40);
    }

    private static String kindOf(String file) {
        return ScenarioKinds.kindOf(file.substring(RulesetValidator.SCENARIO_FOLDER.length()))
                .orElseThrow();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return both;
    }
}
