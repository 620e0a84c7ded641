package org.msettriage.service.problem;

import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Sets aside the parts of a body already reported, so binding and the later checks can run on the rest. */
public final class BadNodes {

    private BadNodes() {}

    /** Removes the node at the pointer (an array item becomes null, so later indexes keep their place). */
    public static void remove(ObjectNode root, String pointer) {
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

    /**
     * The problems found later that are not at or under one already reported: reported whole before any is
     * added, so that two later ones at a field and under it are both kept.
     */
    public static List<FieldProblem> notCoveredBy(List<FieldProblem> reported, List<FieldProblem> later) {
        return later.stream().filter(p -> !coveredBy(reported, p.node())).toList();
    }

    /** True when a pointer is, or lies under, one already reported. */
    private static boolean coveredBy(List<FieldProblem> reported, String pointer) {
        // By the node refused, not the pointer shown: a withheld name's pointer is its whole object's.
        return reported.stream().anyMatch(p -> pointer.equals(p.node()) || pointer.startsWith(p.node() + "/"));
    }
}
