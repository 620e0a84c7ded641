package org.msettriage.service.panel;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.service.ruleset.KeptPolicies;
import org.msettriage.service.ruleset.RulesetStore;
import org.springframework.stereotype.Component;

/**
 * The title of a catalogue action a plan names, looked up where the code was chosen: in the catalogue of
 * the ruleset that served when the outcome was recorded, else in the newest kept ruleset whose catalogue
 * has it (an instance may have served the previous ruleset a moment after a switch). A plan stores the
 * code alone, and a later ruleset may drop the action from its catalogue; the service keeps every
 * ruleset's files, so the title is found there rather than stored twice.
 */
@Component
class PlannedActionTitles {

    private final RulesetStore store;
    private final KeptPolicies policies;

    PlannedActionTitles(RulesetStore store, KeptPolicies policies) {
        this.store = store;
        this.policies = policies;
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
        return policies.of(version).map(policy -> policy.action(code));
    }
}
