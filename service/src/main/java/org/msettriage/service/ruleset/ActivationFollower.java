package org.msettriage.service.ruleset;

import java.util.Optional;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.store.FaultOnce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Serves what a policy lead activated or rolled back to on another instance sharing the database: the
 * newest {@code ruleset_activation} row the service recorded names the active ruleset, so each instance
 * reads it every {@code mset.rules.follow-every} (the switches, a few dozen rows in years, and the newest's
 * queue entry or seal) and switches when it names another version. Polling
 * rather than PostgreSQL's LISTEN/NOTIFY: it works on every database, and a missed notice cannot leave
 * an instance serving the old ruleset for good.
 *
 * <p>Compiling a ruleset takes seconds, more on a busy machine, so the switch is made quick by compiling
 * ahead: each candidate kept on any instance (validated, so likely to be activated soon) is compiled
 * here as soon as it is seen, and the ruleset switched away from stays compiled for a rollback.
 */
@Component
class ActivationFollower {

    private static final Logger log = LoggerFactory.getLogger(ActivationFollower.class);

    private final FaultOnce reading = new FaultOnce(log, "Following the switches of the rules made on any instance");

    private final ActiveRuleset active;
    private final RulesetStore store;
    private final CandidateEngines candidates;
    /** The newest kept ruleset already compiled here (or kept before this instance started). */
    private volatile String lastKept;

    ActivationFollower(ActiveRuleset active, RulesetStore store, CandidateEngines candidates) {
        this.active = active;
        this.store = store;
        this.candidates = candidates;
        this.lastKept = store.lastKept().map(RulesetStore.Kept::version).orElse(null);
    }

    @Scheduled(fixedDelayString = "${mset.rules.follow-every:1s}")
    void follow() {
        // What serves is read before the store: a switch made here in between then fails the swap below
        // instead of being undone by the older row.
        TriageEngine serving = active.engine();
        try {
            Optional<String> activated = store.lastActivated();
            if (activated.isEmpty() || activated.get().equals(serving.identity().version())) {
                compileNewlyKept();
                reading.worked();
                return;
            }
            if (active.isSwitchingHereTo(activated.get())) {
                // Recorded here a moment ago, and served here in a moment: not another instance's switch.
                reading.worked();
                return;
            }
            store.find(activated.get())
                    .map(candidates::engineFor)
                    .filter(next -> active.serveInPlaceOf(serving, next))
                    // The ruleset switched away from stays compiled, so a rollback to it is as quick.
                    .ifPresent(next -> candidates.remember(serving));
            reading.worked();
        } catch (RuntimeException e) {
            reading.failed(e);
        }
    }

    private void compileNewlyKept() {
        Optional<RulesetStore.Kept> kept = store.lastKept();
        if (kept.isPresent() && !kept.get().version().equals(lastKept)) {
            lastKept = kept.get().version();
            long started = System.nanoTime();
            candidates.engineFor(kept.get());
            log.info(
                    "Ruleset {} kept; compiled ahead of an activation in {} ms",
                    kept.get().version(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
