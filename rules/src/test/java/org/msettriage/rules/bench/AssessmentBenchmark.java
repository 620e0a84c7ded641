package org.msettriage.rules.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-process time of one decision: a stateless session over the packaged ruleset, for an empty
 * referral and for each worked example of the policy. Run with scripts/bench-rules.sh, which reports the
 * average and the sampled p50 and p99, and the allocation per decision, on 1 and on 2 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessmentBenchmark {

    @Param({
        "scenarios/cap-empty-referral.json",
        "scenarios/examples-vulnerabilities-only-capped.json",
        "scenarios/examples-repeat-missing-found-with-adult-in-car.json",
        "scenarios/examples-care-leaver-forced-labour.json",
        "scenarios/examples-county-lines-boy-out-of-area.json",
        "scenarios/examples-judgement-lower-refused-by-floor.json",
        "scenarios/examples-under-13-online-images.json"
    })
    public String scenario;

    private TriageEngine engine;
    private Referral referral;

    @Setup
    public void compile() {
        engine = TriageEngine.packaged();
        referral = Scenario.read(Path.of(System.getProperty("test-data.dir", "test-data"), scenario))
                .referral();
    }

    @Benchmark
    public RiskAssessment assess() {
        return engine.assess(referral);
    }
}
