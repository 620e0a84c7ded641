package org.msettriage.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A pinned list rewritten to the entries a decision gives, changing only what differs: an entry the check
 * reads the same keeps its place and its text, one that changed (the same code, other points, say) takes
 * the place of the one it replaces, one no longer given goes, and a new one follows the rest. Written
 * whole in the decision's order, an approval's trial showed 27 scenarios whose reasons merely moved.
 */
final class PinnedList {

    private PinnedList() {}

    /**
     * The list as it is pinned, with the decision's entries in; {@code kept} is what becomes of an entry
     * that stays (itself, or with a detail the check compares apart rewritten).
     */
    static ArrayNode rewritten(String list, JsonNode pinned, JsonNode given, UnaryOperator<JsonNode> kept) {
        List<JsonNode> fresh = new ArrayList<>();
        given.values().forEach(fresh::add);
        List<JsonNode> was = new ArrayList<>();
        pinned.values().forEach(was::add);
        JsonNode[] places = new JsonNode[was.size()];
        for (int i = 0; i < places.length; i++) {
            String key = ScenarioCheck.pinnedKey(list, was.get(i));
            JsonNode same =
                    take(fresh, entry -> ScenarioCheck.pinnedKey(list, entry).equals(key));
            places[i] = same == null ? null : kept.apply(was.get(i));
        }
        for (int i = 0; i < places.length; i++) {
            if (places[i] == null) {
                String name = name(list, was.get(i));
                places[i] = take(fresh, entry -> name(list, entry).equals(name));
            }
        }
        ArrayNode rewritten = JsonNodeFactory.instance.arrayNode();
        for (JsonNode place : places) {
            if (place != null) {
                rewritten.add(place);
            }
        }
        fresh.forEach(rewritten::add);
        return rewritten;
    }

    /** The first entry that matches, taken out of the list; null when none does. */
    private static JsonNode take(List<JsonNode> entries, Predicate<JsonNode> matches) {
        for (int i = 0; i < entries.size(); i++) {
            if (matches.test(entries.get(i))) {
                return entries.remove(i);
            }
        }
        return null;
    }

    /** What an entry is about, whatever its details: a question's field, a type itself, else its code. */
    private static String name(String list, JsonNode entry) {
        return switch (list) {
            case "insufficientInformation" -> entry.path("field").asString();
            case "exploitationTypes" -> entry.asString();
            default -> entry.path("code").asString();
        };
    }
}
