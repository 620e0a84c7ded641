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
        int updated = jdbc.sql("UPDATE shadow_run SET running = TRUE, stopped_because = NULL WHERE version = :version")
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
     * Stops this candidate's run, if it still runs, recording why: the service stops a shadow whose candidate
     * it had to stop while deciding (see ShadowRunner), as such a candidate decides nothing again.
     */
    @Transactional
    public void stopBecause(TriageEngine candidate, String why) {
        jdbc.sql("UPDATE shadow_run SET running = FALSE, stopped_because = :why WHERE version = :version AND running")
                .param("why", why)
                .param("version", candidate.identity().version())
                .update();
        onCommit(() -> replace(candidate, null));
    }

    /**
     * Switches once the store says so, never before: ShadowFollower compares this with the store, and
     * would otherwise undo a switch whose row it cannot see yet.
     */
    private void afterCommit(TriageEngine next) {
        onCommit(() -> running.set(next));
    }

    private static void onCommit(Runnable switching) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            switching.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                switching.run();
            }
        });
    }

    /** Runs {@code next} in shadow (none when null) only if {@code expected} still runs: see ShadowFollower. */
    boolean replace(TriageEngine expected, TriageEngine next) {
        return running.compareAndSet(expected, next);
    }
}
