package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.msettriage.rules.candidate.RulesetValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario whose expected outcome an approval knowingly changed: its name (a sentence) and, field by
 * field of the outcome it pins, what it expected before and what it expects now. Values are codes; the
 * page words them. A field too detailed to list (reasons, actions with their due times) is said to change.
 */
record ScenarioChanges(String file, String name, List<Field> fields) {

    /** The scenario file an accepted change names, without the scenario folder a candidate carries it in. */
    static String fileOf(String change) {
        return change.startsWith(RulesetValidator.SCENARIO_FOLDER)
                ? change.substring(RulesetValidator.SCENARIO_FOLDER.length())
                : change;
    }

    /** One field of the expected outcome: its label, and its values before and after (empty for none). */
    record Field(String label, List<String> before, List<String> after, boolean inDetail, boolean worded) {

        Field(String label, List<String> before, List<String> after, boolean inDetail) {
            this(label, before, after, inDetail, false);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> LABELS = Map.of(
            "riskLevel", "Risk level",
            "pathway", "Route",
            "exploitationTypes", "Exploitation types",
            "preMset", "Pre-MSET screening",
            "msetPanel", "MSET panel",
            "actions", "Recommended actions",
            "score", "Score",
            "warnings", "Warnings");

    /** The same change with its actions by their titles (from the ruleset's catalogue), not their codes. */
    ScenarioChanges withActionTitles(java.util.function.UnaryOperator<String> title) {
        return new ScenarioChanges(
                file,
                name,
                fields.stream()
                        .map(f -> f.label().equals(LABELS.get("actions")) && !f.inDetail()
                                ? new Field(
                                        f.label(),
                                        f.before().stream().map(title).toList(),
                                        f.after().stream().map(title).toList(),
                                        false,
                                        true)
                                : f)
                        .toList());
    }

    static ScenarioChanges between(String file, String beforeJson, String afterJson) {
        JsonNode before = beforeJson == null ? JSON.missingNode() : JSON.readTree(beforeJson);
        JsonNode after = afterJson == null ? JSON.missingNode() : JSON.readTree(afterJson);
        String name = after.path("name").asString(before.path("name").asString(file));
        JsonNode was = before.path("expected");
        JsonNode is = after.path("expected");
        Set<String> keys = new LinkedHashSet<>();
        was.propertyNames().forEach(keys::add);
        is.propertyNames().forEach(keys::add);
        List<Field> fields = new ArrayList<>();
        for (String key : keys) {
            if (Objects.equals(was.get(key), is.get(key))) {
                continue;
            }
            fields.add(field(key, was.path(key), is.path(key)));
        }
        return new ScenarioChanges(file, name, fields);
    }

    private static Field field(String key, JsonNode before, JsonNode after) {
        String label = LABELS.getOrDefault(key, key);
        List<String> was = values(key, before);
        List<String> is = values(key, after);
        return new Field(label, was, is, was.equals(is));
    }

    /** A field's values as codes: a text, a list of texts or codes, or an eligibility's yes or no. */
    private static List<String> values(String key, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isObject() && node.has("eligible")) {
            return List.of(node.path("eligible").asBoolean() ? "ELIGIBLE" : "NOT_ELIGIBLE");
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(item -> values.add(item.isObject() ? item.path("code").asString("") : item.asString()));
            return values;
        }
        return node.isValueNode() ? List.of(node.asString()) : List.of();
    }
}
