package org.msettriage.service.ruleset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one policy lead may roll back to, from the history of switches: each first start or approved
 * activation puts its ruleset on top of a stack, and each rollback takes the stack back down to the
 * ruleset it restored, so what lies below the top are exactly the rulesets an undo returns to. A ruleset
 * taken off the stack by a rollback was a change since undone: serving it again redoes that change, which
 * needs a second policy lead like any other, or one person could switch back and forth at will.
 */
final class UndoStack {

    private UndoStack() {}

    /** The rulesets below the top, the most recently served first; none when only one ever served. */
    static List<String> rollBackTargets(List<RulesetStore.Activation> newestFirst) {
        Deque<String> stack = new ArrayDeque<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            RulesetStore.Activation activation = newestFirst.get(i);
            if (activation.kind() == RulesetStore.Kind.ROLLBACK && stack.contains(activation.version())) {
                while (!stack.peek().equals(activation.version())) {
                    stack.pop();
                }
            } else {
                // An activation; or a rollback recorded before this rule, to a ruleset no longer below
                // (it served, so it stands as a change of its own).
                stack.push(activation.version());
            }
        }
        Set<String> targets = new LinkedHashSet<>();
        Iterator<String> below = stack.iterator();
        String top = below.hasNext() ? below.next() : null;
        below.forEachRemaining(version -> {
            if (!version.equals(top)) {
                targets.add(version);
            }
        });
        return new ArrayList<>(targets);
    }
}
