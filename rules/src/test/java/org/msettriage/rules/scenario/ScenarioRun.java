package org.msettriage.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.TriageEngine;

/** Every scenario in test-data/scenarios decided once by the packaged ruleset, shared by the harness tests. */
final class ScenarioRun {

    static final Path SCENARIOS = Path.of(System.getProperty("test-data.dir", "../test-data"), "scenarios");

    private static ScenarioRun run;

    final TriageEngine engine;
    final List<Scenario> scenarios;
    final Map<String, RiskAssessment> decisions = new LinkedHashMap<>();

    private ScenarioRun() {
        assertThat(Files.isDirectory(SCENARIOS))
                .as("scenario folder %s exists", SCENARIOS)
                .isTrue();
        scenarios = Scenario.readFolder(SCENARIOS);
        assertThat(scenarios).as("scenarios in %s", SCENARIOS).isNotEmpty();
        engine = TriageEngine.packaged();
        scenarios.forEach(s -> decisions.put(s.file(), engine.assess(s.referral(), s.intelligence())));
    }

    static synchronized ScenarioRun get() {
        if (run == null) {
            run = new ScenarioRun();
        }
        return run;
    }

    RiskAssessment decision(Scenario scenario) {
        return decisions.get(scenario.file());
    }
}
