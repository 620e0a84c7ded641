package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.msettriage.rules.engine.RuleDescription;

/**
 * The rules one ruleset has that the version before it did not, those it dropped, and those whose
 * sentence (name), explanation or policy guidance changed, matched by their stable ids.
 */
record RuleChanges(List<RuleDescription> added, List<RuleDescription> removed, List<Changed> changed) {

    /** A rule kept under its id whose words changed: each part that changed, before and after. */
    record Changed(String id, String name, List<Part> parts) {}

    /** One part of a rule's words: "Its sentence", "Its explanation", "Its policy". */
    record Part(String what, String before, String after) {}

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static RuleChanges between(List<RuleDescription> before, List<RuleDescription> after) {
        Map<String, RuleDescription> old = byId(before);
        Map<String, RuleDescription> now = byId(after);
        List<RuleDescription> added =
                now.values().stream().filter(r -> !old.containsKey(r.id())).toList();
        List<RuleDescription> removed =
                old.values().stream().filter(r -> !now.containsKey(r.id())).toList();
        List<Changed> changed = new ArrayList<>();
        for (RuleDescription rule : now.values()) {
            RuleDescription was = old.get(rule.id());
            if (was == null) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            part("Its sentence", was.name(), rule.name(), parts);
            part("Its explanation", was.explanation(), rule.explanation(), parts);
            part("Its policy", was.guidance(), rule.guidance(), parts);
            if (!parts.isEmpty()) {
                changed.add(new Changed(rule.id(), rule.name(), parts));
            }
        }
        return new RuleChanges(added, removed, changed);
    }

    private static void part(String what, String before, String after, List<Part> parts) {
        if (!Objects.equals(before, after)) {
            parts.add(new Part(what, before, after));
        }
    }

    private static Map<String, RuleDescription> byId(List<RuleDescription> rules) {
        Map<String, RuleDescription> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
        return byId;
    }
}
