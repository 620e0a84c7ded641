package org.msettriage.service.shadow;

import java.util.Objects;
import java.util.Optional;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.store.FaultOnce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the shadow a policy lead started or stopped on another instance sharing the database: the running
 * row of {@code shadow_run} names it, so each instance reads that every {@code mset.rules.follow-every}
 * and starts or stops its own comparisons to match. Each instance compares the decisions it makes, so
 * every live decision is compared once.
 */
@Component
class ShadowFollower {

    private static final Logger log = LoggerFactory.getLogger(ShadowFollower.class);

    private final FaultOnce reading = new FaultOnce(log, "Reading the shadow run from the store");

    private final ShadowState state;
    private final JdbcClient jdbc;
    private final RulesetStore store;
    private final CandidateEngines candidates;

    ShadowFollower(ShadowState state, JdbcClient jdbc, RulesetStore store, CandidateEngines candidates) {
        this.state = state;
        this.jdbc = jdbc;
        this.store = store;
        this.candidates = candidates;
    }

    @Scheduled(fixedDelayString = "${mset.rules.follow-every:1s}")
    void follow() {
        // Read before the store, so a start or stop made here meanwhile fails the swap rather than being
        // undone by what the store said a moment before it.
        TriageEngine running = state.current().orElse(null);
        try {
            Optional<String> stored = jdbc.sql("SELECT version FROM shadow_run WHERE running")
                    .query(String.class)
                    .optional();
            String runningVersion = running == null ? null : running.identity().version();
            if (Objects.equals(stored.orElse(null), runningVersion)) {
                reading.worked();
                return;
            }
            TriageEngine next =
                    stored.flatMap(store::find).map(candidates::engineFor).orElse(null);
            if (state.replace(running, next)) {
                log.info(
                        "Shadow {} as set on another instance",
                        next == null ? "stopped" : "of " + next.identity().version() + " runs");
            }
            reading.worked();
        } catch (RuntimeException e) {
            reading.failed(e);
        }
    }
}
