package org.msettriage.service.ruleset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.msettriage.rules.engine.TriageEngine;
import org.springframework.stereotype.Component;

/**
 * Compiled candidates, kept for a while by SHA-256: compiling takes seconds, and a policy lead usually
 * validates, replays, shadows and activates the same candidate in a row. Only the few most recent stay,
 * because each compiled ruleset holds its own rule network in memory.
 */
@Component
public class CandidateEngines {

    static final int KEPT = 3;

    private final RulesetStore store;
    private final Map<String, TriageEngine> bySha256 = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TriageEngine> eldest) {
            return size() > KEPT;
        }
    };

    CandidateEngines(RulesetStore store) {
        this.store = store;
    }

    synchronized void remember(TriageEngine engine) {
        bySha256.put(engine.identity().sha256(), engine);
    }

    /** The compiled ruleset kept under a version (compiled now if it is not at hand). */
    public TriageEngine engineFor(RulesetStore.Kept kept) {
        synchronized (this) {
            TriageEngine cached = bySha256.get(kept.sha256());
            if (cached != null) {
                return cached;
            }
        }
        // Compiled outside the lock: a long compile must not hold up a lookup of another ruleset.
        TriageEngine compiled = TriageEngine.compile(store.files(kept.version()));
        remember(compiled);
        return compiled;
    }
}
