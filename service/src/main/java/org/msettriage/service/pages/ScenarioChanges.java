package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.msettriage.rules.candidate.RulesetValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario whose expected outcome an approval knowingly changed: its name (a sentence) and, field by
 * field of the outcome it pins, what it expected before and what it expects now, in words
 * ({@link ScenarioOutcomeWords}: the labels and words the check page gives the same fields). A field
 * whose values read the same, in any order, says what else changed ({@link ScenarioDetails}: the order of
 * its entries, a reason behind the same eligibility, an action's due date, an indicator's points).
 */
record ScenarioChanges(String file, String name, List<Field> fields) {

    /** The scenario file an accepted change names, without the scenario folder a candidate carries it in. */
    static String fileOf(String change) {
        return change.startsWith(RulesetValidator.SCENARIO_FOLDER)
                ? change.substring(RulesetValidator.SCENARIO_FOLDER.length())
                : change;
    }

    /**
     * One field of the expected outcome: its label, its values before and after in words (empty for none),
     * and, when those read the same, what changed besides, each in words (empty otherwise).
     */
    record Field(String label, List<String> before, List<String> after, List<String> details) {

        /** Whether the values read the same, so that what changed is said by its details (public: pages ask). */
        public boolean inDetail() {
            return !details.isEmpty();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A scenario's name, from its file (its file's name when it has none, or the file is not kept). */
    static String nameOf(String file, String json) {
        return json == null ? file : JSON.readTree(json).path("name").asString(file);
    }

    static ScenarioChanges between(String file, String beforeJson, String afterJson, ScenarioOutcomeWords words) {
        JsonNode before = beforeJson == null ? JSON.missingNode() : JSON.readTree(beforeJson);
        JsonNode after = afterJson == null ? JSON.missingNode() : JSON.readTree(afterJson);
        String name = after.path("name").asString(before.path("name").asString(file));
        JsonNode was = before.path("expected");
        JsonNode is = after.path("expected");
        Set<String> keys = new LinkedHashSet<>();
        was.propertyNames().forEach(keys::add);
        is.propertyNames().forEach(keys::add);
        List<Field> fields = new ArrayList<>();
        ScenarioDetails details = new ScenarioDetails(words, before, after);
        for (String key : keys) {
            if (Objects.equals(was.get(key), is.get(key))) {
                continue;
            }
            List<String> then = values(key, was.path(key), words);
            List<String> now = values(key, is.path(key), words);
            fields.add(new Field(
                    ScenarioOutcomeWords.label(key),
                    then,
                    now,
                    sorted(then).equals(sorted(now)) ? details.between(key, was.path(key), is.path(key)) : List.of()));
        }
        return new ScenarioChanges(file, name, fields);
    }

    /** A field's values in words: a value, a list of values or entries, or an eligibility's yes or no. */
    private static List<String> values(String key, JsonNode node, ScenarioOutcomeWords words) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isObject() && node.has("eligible")) {
            return List.of(node.path("eligible").asBoolean() ? "Eligible" : "Not eligible");
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            // An entry is named by its code, a question by the field it asks about.
            String named = key.equals("insufficientInformation") ? "field" : "code";
            node.forEach(item -> values.add(
                    words.value(key, item.isObject() ? item.path(named).asString("") : item.asString())));
            return values;
        }
        return node.isValueNode() ? List.of(words.value(key, node.asString())) : List.of();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
