package org.msettriage.service.panel;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.rules.policy.Policy;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.KeptRulesetAltered;
import org.msettriage.service.ruleset.RulesetStore;
import org.springframework.stereotype.Component;

/**
 * The title of a catalogue action a plan names, looked up where the code was chosen: in the catalogue of
 * the ruleset that served when the outcome was recorded, else in the newest kept ruleset whose catalogue
 * has it (an instance may have served the previous ruleset a moment after a switch). A plan stores the
 * code alone, and a later ruleset may drop the action from its catalogue; the service keeps every
 * ruleset's files, so the title is found there rather than stored twice. A kept ruleset never changes
 * under its version, so each one's tables are read once.
 */
@Component
class PlannedActionTitles {

    private final ActiveRuleset active;
    private final RulesetStore store;
    private final Map<String, Policy> kept = new ConcurrentHashMap<>();

    PlannedActionTitles(ActiveRuleset active, RulesetStore store) {
        this.active = active;
        this.store = store;
    }

    /** The action's title, or none when no kept ruleset's catalogue has the code. */
    Optional<String> of(String code, OffsetDateTime recordedAt) {
        Optional<ActionDefinition> action = store.servedAt(recordedAt).flatMap(version -> action(version, code));
        if (action.isEmpty()) {
            action = store.all().stream()
                    .map(version -> action(version.version(), code))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        return action.map(ActionDefinition::title);
    }

    private Optional<ActionDefinition> action(String version, String code) {
        return policy(version).map(policy -> policy.action(code));
    }

    private Optional<Policy> policy(String version) {
        TriageEngine serving = active.engine();
        if (version.equals(serving.identity().version())) {
            return Optional.of(serving.policy());
        }
        Policy read = kept.get(version);
        if (read == null) {
            read = read(version);
            if (read != null) {
                kept.put(version, read);
            }
        }
        return Optional.ofNullable(read);
    }

    /**
     * A kept ruleset's tables, or null when they cannot be read: not kept, or altered in the database
     * since. One plan's words must not fail a whole agenda; an unreadable ruleset is not remembered, so
     * files put back are read again.
     */
    private Policy read(String version) {
        try {
            List<RulesetFile> files = store.files(version);
            return files.isEmpty() ? null : TriageEngine.readPolicy(files);
        } catch (KeptRulesetAltered | RulesetException unreadable) {
            return null;
        }
    }
}
