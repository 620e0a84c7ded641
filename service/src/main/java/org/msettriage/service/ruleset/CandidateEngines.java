package org.msettriage.service.ruleset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetIdentity;
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
    private final CompiledRulesetFolder compiled;
    private final Map<String, TriageEngine> bySha256 = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TriageEngine> eldest) {
            return size() > KEPT;
        }
    };

    CandidateEngines(RulesetStore store, CompiledRulesetFolder compiled) {
        this.store = store;
        this.compiled = compiled;
    }

    /**
     * The engine kept for a SHA-256, if any: one stopped over a candidate's budget is dropped instead, as a
     * stopped decision may have left its sessions half-changed (see TriageEngine#assessWithin).
     */
    private synchronized TriageEngine cached(String sha256) {
        TriageEngine kept = bySha256.get(sha256);
        if (kept != null && kept.stopped()) {
            bySha256.remove(sha256);
            return null;
        }
        return kept;
    }

    synchronized void remember(TriageEngine engine) {
        if (!engine.stopped()) {
            bySha256.put(engine.identity().sha256(), engine);
        }
    }

    /**
     * The engine of these files: the one at hand when it was compiled from the same files (same SHA-256),
     * otherwise compiled now, or loaded from its kept compiled form. Fails as TriageEngine.compile does.
     */
    public TriageEngine engineFor(List<RulesetFile> files) {
        String sha256 = null;
        try {
            sha256 = RulesetIdentity.of(files).sha256();
        } catch (RulesetException e) {
            // No usable identity: the compile below reports it with every other problem.
        }
        TriageEngine cached = sha256 == null ? null : cached(sha256);
        return cached != null ? cached : TriageEngine.compile(files, compiled);
    }

    /** The compiled ruleset kept under a version (compiled now if it is not at hand). */
    public TriageEngine engineFor(RulesetStore.Kept kept) {
        TriageEngine cached = cached(kept.sha256());
        if (cached != null) {
            return cached;
        }
        // Compiled (or loaded) outside the lock: a long compile must not hold up a lookup of another ruleset.
        TriageEngine engine = TriageEngine.compile(store.files(kept.version()), compiled);
        remember(engine);
        return engine;
    }
}
