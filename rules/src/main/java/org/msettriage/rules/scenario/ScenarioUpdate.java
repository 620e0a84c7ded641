package org.msettriage.rules.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.ScenarioMismatch;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scenario's expected fields rewritten to what a candidate decides: accepting a change to a scenario's
 * outcome updates the scenario, so the next candidate is checked against the policy as it now is. Only what
 * the check finds different is rewritten (a field, a reason list, an action's detail, an entry of a list in
 * its place); whatever else it pins stays exactly as written, so that the ruleset page, which compares the
 * file before and after, lists the changes the check showed and the approver accepted, and no others. Its
 * name, description and referral stay as they are.
 */
public final class ScenarioUpdate {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER));

    private ScenarioUpdate() {}

    /** The scenario file's text with what its expected fields differ in taken from the decision. */
    public static String updated(String scenarioJson, RiskAssessment actual) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(scenarioJson);
        JsonNode pinned = root.required("expected");
        // As the check names each difference: "riskLevel", "msetPanel.reasons", "actions[CODE].dueBy".
        Set<String> differing = ScenarioCheck.problems(pinned, actual).stream()
                .map(ScenarioCheck.Problem::mismatch)
                .filter(Objects::nonNull)
                .map(ScenarioMismatch::path)
                .collect(Collectors.toSet());
        ObjectNode expected = MAPPER.createObjectNode();
        for (String field : pinned.propertyNames()) {
            JsonNode was = pinned.get(field);
            expected.set(
                    field,
                    switch (field) {
                        case "preMset" -> eligibility(field, was, actual.preMset(), differing);
                        case "msetPanel" -> eligibility(field, was, actual.msetPanel(), differing);
                        case "actions" -> PinnedActions.rewritten(was, actual.actions(), differing);
                        default -> differing.contains(field) ? value(field, was, actual) : was;
                    });
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
            case "exploitationTypes" -> list(field, pinned, MAPPER.valueToTree(actual.exploitationTypes()));
            case "indicatorsUsed" ->
                list(
                        field,
                        pinned,
                        array(
                                actual.indicatorsUsed(),
                                (entry, used) -> entry.put("code", used.code())
                                        .put("recency", used.recency())
                                        .put("derived", used.derived())
                                        .put("points", used.points())));
            case "overrides" ->
                list(
                        field,
                        pinned,
                        array(
                                actual.overrides(),
                                (entry, override) ->
                                        entry.put("code", override.code()).put("raised", override.raised())));
            case "insufficientInformation" ->
                list(
                        field,
                        pinned,
                        array(
                                actual.insufficientInformation(),
                                (entry, question) -> entry.put("field", question.field())));
            case "warnings" ->
                list(field, pinned, array(actual.warnings(), (entry, warning) -> entry.put("code", warning.code())));
            // ScenarioCheck reports a field it does not know; it is kept as written.
            default -> pinned;
        };
    }

    /** An eligibility answer with its yes or no, and its reasons, rewritten only where they differ. */
    private static JsonNode eligibility(
            String field, JsonNode pinned, RiskAssessment.Eligibility answer, Set<String> differing) {
        if (!pinned.isObject()) {
            return pinned;
        }
        ObjectNode rewritten = ((ObjectNode) pinned).deepCopy();
        if (differing.contains(field + ".eligible")) {
            rewritten.put("eligible", answer.eligible());
        }
        if (differing.contains(field + ".reasons")) {
            rewritten.set(
                    "reasons",
                    list(
                            "reasons",
                            pinned.path("reasons"),
                            array(answer.reasons(), (entry, reason) -> entry.put("code", reason.code()))));
        }
        return rewritten;
    }

    /** A list the check found different, its entries that still hold kept in their place as written. */
    private static JsonNode list(String list, JsonNode pinned, JsonNode given) {
        return pinned.isArray() ? PinnedList.rewritten(list, pinned, given, entry -> entry) : given;
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
