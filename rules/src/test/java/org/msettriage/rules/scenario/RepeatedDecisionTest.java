package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.decision.RiskAssessment;

/**
 * The engine reuses working memories between evaluations: nothing of one decision may leak into the
 * next, whatever came before and however many run at once.
 */
class RepeatedDecisionTest {

    @Test
    void decidesEveryScenarioAlikeWhenRepeatedInReverseOrder() {
        ScenarioRun run = ScenarioRun.get();
        List<Scenario> reversed = new ArrayList<>(run.scenarios);
        Collections.reverse(reversed);
        for (Scenario scenario : reversed) {
            assertThat(run.engine.assess(scenario.referral(), scenario.intelligence()))
                    .as(scenario.file())
                    .isEqualTo(run.decision(scenario));
        }
    }

    @Test
    void decidesEveryScenarioAlikeOnSeveralThreadsAtOnce() throws Exception {
        ScenarioRun run = ScenarioRun.get();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> mismatches = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                List<Scenario> shuffled = new ArrayList<>(run.scenarios);
                Collections.shuffle(shuffled, new Random(thread));
                mismatches.add(threads.submit(() -> differing(run, shuffled)));
            }
            for (Future<List<String>> found : mismatches) {
                assertThat(found.get()).as("scenarios decided differently").isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<String> differing(ScenarioRun run, List<Scenario> scenarios) {
        List<String> differing = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            RiskAssessment again = run.engine.assess(scenario.referral(), scenario.intelligence());
            if (!again.equals(run.decision(scenario))) {
                differing.add(scenario.file());
            }
        }
        return differing;
    }
}
