package org.msettriage.service.shadow;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.ruleset.CandidateEngines;
import org.msettriage.service.ruleset.RulesetActivated;
import org.msettriage.service.ruleset.RulesetStore;
import org.msettriage.service.ruleset.ShadowCandidate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Which candidate, if any, runs in shadow; it survives a restart, as the policy lead set it. */
@Component
public class ShadowState implements ShadowCandidate {

    private final JdbcClient jdbc;
    private final AtomicReference<TriageEngine> running = new AtomicReference<>();

    ShadowState(JdbcClient jdbc, RulesetStore store, CandidateEngines candidates) {
        this.jdbc = jdbc;
        jdbc.sql("SELECT version FROM shadow_run WHERE running")
                .query(String.class)
                .optional()
                .flatMap(store::find)
                .ifPresent(kept -> running.set(candidates.engineFor(kept)));
    }

    @Override
    public Optional<TriageEngine> current() {
        return Optional.ofNullable(running.get());
    }

    /** Runs this candidate in shadow from now on, in place of any other; its earlier counts carry on. */
    @Transactional
    public void start(TriageEngine candidate, String by) {
        jdbc.sql("UPDATE shadow_run SET running = FALSE").update();
        int updated = jdbc.sql("UPDATE shadow_run SET running = TRUE WHERE version = :version")
                .param("version", candidate.identity().version())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO shadow_run (version, started_at, started_by, running, compared, differing)
                    VALUES (:version, :at, :by, TRUE, 0, 0)
                    """)
                    .param("version", candidate.identity().version())
                    .param("at", OffsetDateTime.now())
                    .param("by", by)
                    .update();
        }
        afterCommit(candidate);
    }

    /** A shadow of the ruleset now active would only compare it with itself, so it stops. */
    @EventListener
    void stopIfActivated(RulesetActivated activated) {
        if (current().map(s -> s.identity().equals(activated.identity())).orElse(false)) {
            stop();
        }
    }

    @Transactional
    public void stop() {
        jdbc.sql("UPDATE shadow_run SET running = FALSE").update();
        afterCommit(null);
    }

    /**
     * Switches once the store says so, never before: ShadowFollower compares this with the store, and
     * would otherwise undo a switch whose row it cannot see yet.
     */
    private void afterCommit(TriageEngine next) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            running.set(next);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                running.set(next);
            }
        });
    }

    /** Runs {@code next} in shadow (none when null) only if {@code expected} still runs: see ShadowFollower. */
    boolean replace(TriageEngine expected, TriageEngine next) {
        return running.compareAndSet(expected, next);
    }
}
