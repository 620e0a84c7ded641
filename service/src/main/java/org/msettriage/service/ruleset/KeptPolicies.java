package org.msettriage.service.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.Policy;
import org.springframework.stereotype.Component;

/**
 * The policy tables of a kept ruleset, by version: the serving engine's own when that version serves, else
 * read from the store once. A kept ruleset never changes under its version, so what was read stays true.
 * A version not kept, or whose files were altered in the database since, is not remembered: files put back
 * are read again.
 */
@Component
public class KeptPolicies {

    private final ActiveRuleset active;
    private final RulesetStore store;
    private final Map<String, Policy> read = new ConcurrentHashMap<>();

    KeptPolicies(ActiveRuleset active, RulesetStore store) {
        this.active = active;
        this.store = store;
    }

    /** The tables of the ruleset kept under this version; none when it is not kept or cannot be read. */
    public Optional<Policy> of(String version) {
        TriageEngine serving = active.engine();
        if (version.equals(serving.identity().version())) {
            return Optional.of(serving.policy());
        }
        Policy known = read.get(version);
        if (known == null) {
            known = readKept(version);
            if (known != null) {
                read.put(version, known);
            }
        }
        return Optional.ofNullable(known);
    }

    /** The serving ruleset's tables. */
    public Policy serving() {
        return active.engine().policy();
    }

    private Policy readKept(String version) {
        try {
            List<RulesetFile> files = store.files(version);
            return files.isEmpty() ? null : TriageEngine.readPolicy(files);
        } catch (KeptRulesetAltered | RulesetException unreadable) {
            // Every kept ruleset was readable when kept; one altered since is a fault the audit reports,
            // and must not fail the page or answer that only wanted its words.
            return null;
        }
    }
}
