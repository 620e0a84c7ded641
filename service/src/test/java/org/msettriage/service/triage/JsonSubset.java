package org.msettriage.service.triage;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Whether a JSON document holds what a scenario expects: every expected property with a matching value,
 * objects compared by the properties the expectation names, arrays as unordered lists of the same size.
 */
final class JsonSubset {

    private JsonSubset() {}

    static List<String> mismatches(JsonNode expected, JsonNode actual, String path) {
        List<String> problems = new ArrayList<>();
        compare(expected, actual, path, problems);
        return problems;
    }

    private static void compare(JsonNode expected, JsonNode actual, String path, List<String> problems) {
        if (actual == null || actual.isMissingNode()) {
            problems.add(path + ": missing, expected " + expected);
        } else if (expected.isObject()) {
            for (String name : expected.propertyNames()) {
                compare(expected.get(name), actual.get(name), path + "/" + name, problems);
            }
        } else if (expected.isArray()) {
            compareUnordered(expected, actual, path, problems);
        } else if (!expected.equals(actual)) {
            problems.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static void compareUnordered(JsonNode expected, JsonNode actual, String path, List<String> problems) {
        if (!actual.isArray() || actual.size() != expected.size()) {
            problems.add(path + ": expected " + expected + " but was " + actual);
            return;
        }
        List<JsonNode> unmatched = new ArrayList<>();
        actual.values().forEach(unmatched::add);
        for (JsonNode want : expected.values()) {
            JsonNode match = unmatched.stream()
                    .filter(candidate -> mismatches(want, candidate, path).isEmpty())
                    .findFirst()
                    .orElse(null);
            if (match == null) {
                problems.add(path + ": no item matches " + want + " in " + actual);
            } else {
                unmatched.remove(match);
            }
        }
    }
}
