package org.msettriage.service.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The service's own meters, in one place so that their names and tags are read together: every tag is a
 * code from a closed list (risk level, pathway, outcome) or a ruleset version, never personal data.
 */
@Component
public class MsetMetrics {

    private final MeterRegistry registry;
    private final Timer triage;
    private final DistributionSummary commitSize;
    private final Timer commit;
    private final DistributionSummary batchCall;

    public MsetMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.triage = Timer.builder("mset.triage")
                .description("One triage call, from the body read to the decision stored")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        this.commitSize = DistributionSummary.builder("mset.decisions.commit.size")
                .description("Decisions written per group commit")
                .baseUnit("decisions")
                .publishPercentileHistogram()
                .maximumExpectedValue(256.0)
                .register(registry);
        this.commit = Timer.builder("mset.decisions.commit")
                .description("One group commit of decisions, successful or not")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        this.batchCall = DistributionSummary.builder("mset.triage.batch.size")
                .description("Referrals per batch triage call")
                .baseUnit("referrals")
                .publishPercentileHistogram()
                .maximumExpectedValue(1000.0)
                .register(registry);
        replayedCounter("single");
        replayedCounter("batch");
    }

    /** A decision stored: counted by what it decided and the ruleset that decided it. */
    public void decided(String riskLevel, String pathway, String rulesetVersion) {
        Counter.builder("mset.decisions")
                .description("Decisions stored")
                .tag("risk_level", riskLevel)
                .tag("pathway", pathway)
                .tag("ruleset_version", rulesetVersion)
                .register(registry)
                .increment();
    }

    /**
     * A ruleset serves from now: its count of stopped decisions is shown at 0 before any decision, so an
     * alert on its increase sees even a first decision that is stopped.
     */
    public void serving(String rulesetVersion) {
        overranCounter(rulesetVersion);
    }

    public Timer triage() {
        return triage;
    }

    public void committed(int decisions, long nanos, boolean succeeded) {
        commitSize.record(decisions);
        commit.record(Duration.ofNanos(nanos));
        Counter.builder("mset.decisions.commits")
                .description("Group commits of decisions, by outcome")
                .tag("outcome", succeeded ? "committed" : "failed")
                .register(registry)
                .increment();
    }

    public void batchCall(int referrals) {
        batchCall.record(referrals);
    }

    /**
     * Decisions answered again from an earlier call's Idempotency-Key, by a single call or a batch's
     * referrals ({@code call} single or batch): how often case systems retry. Shown at 0 from the start.
     */
    public void replayed(String call, int decisions) {
        replayedCounter(call).increment(decisions);
    }

    private Counter replayedCounter(String call) {
        return Counter.builder("mset.triage.replayed")
                .description("Decisions answered again from an earlier call's Idempotency-Key, nothing stored")
                .tag("call", call)
                .register(registry);
    }

    /** A candidate validated: usable or not. */
    public void validated(boolean usable) {
        Counter.builder("mset.rulesets.validations")
                .description("Candidate rulesets validated, by outcome")
                .tag("outcome", usable ? "usable" : "refused")
                .register(registry)
                .increment();
    }

    /** A ruleset switched to: by activation, roll-back or first start. */
    public void activated(String kind, String rulesetVersion) {
        Counter.builder("mset.rulesets.activations")
                .description("Rulesets switched to, by kind")
                .tag("kind", kind)
                .tag("ruleset_version", rulesetVersion)
                .register(registry)
                .increment();
    }

    /**
     * An address or a key prefix held back for too many refused credentials ({@code kind} address or
     * key_prefix); an amount of 0 shows the count before any hold, so an alert sees the first.
     */
    public void credentialsHeldBack(String kind, int holds) {
        Counter.builder("mset.credentials.held.back")
                .description("Client addresses and API key prefixes held back for too many refused credentials")
                .tag("kind", kind)
                .register(registry)
                .increment(holds);
    }

    /** A live decision the active ruleset did not make within its budget, stopped and not stored. */
    public void overran(String rulesetVersion) {
        overranCounter(rulesetVersion).increment();
    }

    private Counter overranCounter(String rulesetVersion) {
        return Counter.builder("mset.rules.overran")
                .description("Live decisions stopped because the active ruleset did not decide within its budget")
                .tag("ruleset_version", rulesetVersion)
                .register(registry);
    }
}
