package org.msettriage.service.ruleset;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msettriage.rules.candidate.ChangeWarnings;

/**
 * When each kept ruleset served, read from the activations: each served from its switch until the next
 * switch to another version, and the last still serves. A rollback makes a ruleset serve a second time, so
 * a version may have several stretches, and the order of versions by name says nothing of when they served.
 */
public final class ServingHistory {

    private ServingHistory() {}

    /** Each version's stretches of serving, oldest first, from the activations as the store lists them (newest first). */
    static Map<String, List<ChangeWarnings.Served>> of(List<RulesetStore.Activation> newestFirst) {
        List<RulesetStore.Activation> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        Map<String, List<ChangeWarnings.Served>> served = new LinkedHashMap<>();
        oldestFirst.forEach(
                activation -> served.computeIfAbsent(activation.version(), version -> of(version, oldestFirst)));
        return served;
    }

    /** One version's stretches, from the activations oldest first; {@code until} null while it still serves. */
    public static List<ChangeWarnings.Served> of(String version, List<RulesetStore.Activation> oldestFirst) {
        List<ChangeWarnings.Served> served = new ArrayList<>();
        OffsetDateTime from = null;
        for (RulesetStore.Activation activation : oldestFirst) {
            boolean ours = activation.version().equals(version);
            if (ours && from == null) {
                from = activation.activatedAt();
            } else if (!ours && from != null) {
                served.add(new ChangeWarnings.Served(from, activation.activatedAt()));
                from = null;
            }
        }
        if (from != null) {
            served.add(new ChangeWarnings.Served(from, null));
        }
        return served;
    }
}
