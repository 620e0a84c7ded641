package org.msettriage.rules.scenario;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scenario's pinned actions rewritten where the check found them different: the actions by code, and
 * each detail it pins (why, when due, whether overdue) only where that detail differs. An action new to
 * the list gets every detail when the scenario pinned details of any, so nothing new goes unchecked.
 */
final class PinnedActions {

    private static final List<String> DETAILS = List.of("because", "dueBy", "overdue");

    private PinnedActions() {}

    /** The pinned actions with the decision's in, given the paths the check named as different. */
    static JsonNode rewritten(JsonNode pinned, List<RecommendedAction> actions, Set<String> differing) {
        if (!pinned.isArray() || differing.stream().noneMatch(path -> path.startsWith("actions"))) {
            return pinned;
        }
        boolean anyDetails = pinned.values().stream()
                .anyMatch(entry -> entry.propertyNames().stream().anyMatch(DETAILS::contains));
        ArrayNode given = JsonNodeFactory.instance.arrayNode();
        for (RecommendedAction action : actions) {
            ObjectNode entry = given.addObject().put("code", action.code());
            if (anyDetails) {
                DETAILS.forEach(detail -> entry.set(detail, detail(detail, action)));
            }
        }
        return PinnedList.rewritten("actions", pinned, given, entry -> withDetails(entry, actions, differing));
    }

    /** An action the decision still gives, each detail it pins rewritten only where the check found it differ. */
    private static JsonNode withDetails(JsonNode pinned, List<RecommendedAction> actions, Set<String> differing) {
        if (!pinned.isObject()) {
            return pinned;
        }
        String code = pinned.path("code").asString();
        // The check compares the details with the first action of the code, as is done here.
        RecommendedAction action = actions.stream()
                .filter(given -> given.code().equals(code))
                .findFirst()
                .orElseThrow();
        ObjectNode entry = ((ObjectNode) pinned).deepCopy();
        for (String detail : DETAILS) {
            if (pinned.has(detail) && differing.contains("actions[" + code + "]." + detail)) {
                entry.set(detail, detail(detail, action));
            }
        }
        return entry;
    }

    private static JsonNode detail(String detail, RecommendedAction action) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (detail) {
            case "because" -> {
                ArrayNode because = nodes.arrayNode();
                action.because().forEach(because::add);
                yield because;
            }
            case "dueBy" ->
                action.dueBy() == null
                        ? nodes.nullNode()
                        : nodes.stringNode(DateTimeFormatter.ISO_INSTANT.format(action.dueBy()));
            default -> nodes.booleanNode(action.overdue());
        };
    }
}
