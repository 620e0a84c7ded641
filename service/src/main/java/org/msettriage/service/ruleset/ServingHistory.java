package org.msettriage.service.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.candidate.ChangeWarnings;

/**
 * When each kept ruleset served, read from the activations: each served from its activation until the
 * next one, and the last still serves. A rollback makes a ruleset serve a second time, so a version may
 * have several times, and the order of versions by name says nothing of when they served.
 */
final class ServingHistory {

    private ServingHistory() {}

    /** Each version's times of serving, oldest first, from the activations as the store lists them (newest first). */
    static Map<String, List<ChangeWarnings.Served>> of(List<RulesetStore.Activation> newestFirst) {
        Map<String, List<ChangeWarnings.Served>> served = new LinkedHashMap<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            RulesetStore.Activation activation = newestFirst.get(i);
            RulesetStore.Activation next = i == 0 ? null : newestFirst.get(i - 1);
            served.computeIfAbsent(activation.version(), v -> new ArrayList<>())
                    .add(new ChangeWarnings.Served(activation.activatedAt(), next == null ? null : next.activatedAt()));
        }
        return served;
    }
}
