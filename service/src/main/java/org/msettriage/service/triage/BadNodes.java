package org.msettriage.service.triage;

import java.util.List;
import org.msettriage.service.problem.FieldProblem;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Sets aside the parts of a body already reported, so binding and the later checks can run on the rest. */
final class BadNodes {

    private BadNodes() {}

    /** Removes the node at the pointer (an array item becomes null, so later indexes keep their place). */
    static void remove(ObjectNode root, String pointer) {
        if (pointer.isEmpty()) {
            return;
        }
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        if (parent instanceof ObjectNode object) {
            object.remove(path.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode array && path.last().getMatchingIndex() >= 0) {
            array.setNull(path.last().getMatchingIndex());
        }
    }

    /** True when a pointer is, or lies under, one already reported. */
    static boolean coveredBy(List<FieldProblem> reported, String pointer) {
        return reported.stream().anyMatch(p -> pointer.equals(p.pointer()) || pointer.startsWith(p.pointer() + "/"));
    }
}
