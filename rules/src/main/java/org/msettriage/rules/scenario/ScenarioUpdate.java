package org.msettriage.rules.scenario;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scenario's expected fields rewritten to what a candidate decides: accepting a change to a scenario's
 * outcome updates the scenario, so the next candidate is checked against the policy as it now is. Only
 * the fields the scenario pins are rewritten; its name, description and referral stay as they are.
 */
public final class ScenarioUpdate {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));

    private ScenarioUpdate() {}

    /** The scenario file's text with its expected fields taken from the decision. */
    public static String updated(String scenarioJson, RiskAssessment actual) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(scenarioJson);
        JsonNode pinned = root.required("expected");
        ObjectNode expected = MAPPER.createObjectNode();
        for (String field : pinned.propertyNames()) {
            expected.set(field, value(field, pinned.get(field), actual));
        }
        root.set("expected", expected);
        return MAPPER.writer().with(PRINTER).writeValueAsString(root) + "\n";
    }

    private static JsonNode value(String field, JsonNode pinned, RiskAssessment actual) {
        return switch (field) {
            case "score" -> MAPPER.getNodeFactory().numberNode(actual.score());
            case "scoreLevel" -> text(actual.scoreLevel().name());
            case "riskLevel" -> text(actual.riskLevel().name());
            case "legacyRiskLevel" -> text(actual.legacyRiskLevel());
            case "pathway" -> text(actual.pathway());
            case "categoryScores" -> MAPPER.valueToTree(actual.categoryScores());
            case "exploitationTypes" -> MAPPER.valueToTree(actual.exploitationTypes());
            case "indicatorsUsed" ->
                array(
                        actual.indicatorsUsed(),
                        (entry, used) -> entry.put("code", used.code())
                                .put("recency", used.recency())
                                .put("derived", used.derived())
                                .put("points", used.points()));
            case "overrides" ->
                array(
                        actual.overrides(),
                        (entry, override) -> entry.put("code", override.code()).put("raised", override.raised()));
            case "preMset" -> eligibility(actual.preMset());
            case "msetPanel" -> eligibility(actual.msetPanel());
            case "actions" -> actions(pinned, actual.actions());
            case "insufficientInformation" ->
                array(actual.insufficientInformation(), (entry, question) -> entry.put("field", question.field()));
            case "warnings" -> array(actual.warnings(), (entry, warning) -> entry.put("code", warning.code()));
            // ScenarioCheck reports a field it does not know; it is kept as written.
            default -> pinned;
        };
    }

    private static JsonNode eligibility(RiskAssessment.Eligibility answer) {
        ObjectNode node = MAPPER.createObjectNode().put("eligible", answer.eligible());
        node.set("reasons", array(answer.reasons(), (entry, reason) -> entry.put("code", reason.code())));
        return node;
    }

    /**
     * Actions by code. An action the scenario pinned keeps the details it pinned (because, due, overdue);
     * one it did not gets every detail when the scenario pinned details of any, so nothing new goes unchecked.
     */
    private static JsonNode actions(JsonNode pinned, List<RecommendedAction> actions) {
        Map<String, Set<String>> detailsByCode = new HashMap<>();
        boolean anyDetails = false;
        for (JsonNode entry : pinned.values()) {
            Set<String> keys = new HashSet<>(entry.propertyNames());
            detailsByCode.put(entry.path("code").asString(), keys);
            anyDetails |= keys.size() > 1;
        }
        Set<String> every = Set.of("code", "because", "dueBy", "overdue");
        Set<String> forNew = anyDetails ? every : Set.of("code");
        return array(actions, (entry, action) -> {
            Set<String> keys = detailsByCode.getOrDefault(action.code(), forNew);
            entry.put("code", action.code());
            if (keys.contains("because")) {
                entry.set("because", MAPPER.valueToTree(action.because()));
            }
            if (keys.contains("dueBy")) {
                entry.put(
                        "dueBy", action.dueBy() == null ? null : DateTimeFormatter.ISO_INSTANT.format(action.dueBy()));
            }
            if (keys.contains("overdue")) {
                entry.put("overdue", action.overdue());
            }
        });
    }

    private interface Entry<T> {
        void fill(ObjectNode entry, T value);
    }

    private static <T> ArrayNode array(List<T> values, Entry<T> fill) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(value -> fill.fill(array.addObject(), value));
        return array;
    }

    private static JsonNode text(String value) {
        return MAPPER.getNodeFactory().stringNode(value);
    }
}
