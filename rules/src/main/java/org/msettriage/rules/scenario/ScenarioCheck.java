package org.msettriage.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import org.msettriage.rules.engine.ScenarioMismatch;
import org.msettriage.rules.engine.ScenarioMismatch.Shape;
import tools.jackson.databind.JsonNode;

/**
 * Compares a decision with a scenario's expected fields. Only the fields a scenario names are checked,
 * lists as unordered multisets; a field the check does not know is itself a mismatch, so no expectation
 * is ever silently skipped.
 */
public final class ScenarioCheck {

    private static final Set<String> KNOWN_FIELDS = Set.copyOf(ScenarioKinds.WHOLE_DECISION);

    private ScenarioCheck() {}

    /** The keys each checked list entry may have; any other key would go unchecked, so it is refused. */
    private static final Map<String, Set<String>> KNOWN_ENTRY_KEYS = Map.of(
            "indicatorsUsed", Set.of("code", "recency", "derived", "points"),
            "overrides", Set.of("code", "raised"),
            "warnings", Set.of("code"),
            "insufficientInformation", Set.of("field"),
            "preMset", Set.of("eligible", "reasons"),
            "msetPanel", Set.of("eligible", "reasons"));

    /**
     * What the check found: in words, and, for an expected field the decision does not give, as data (null
     * for an expectation the check cannot make, such as a field it does not know).
     */
    public record Problem(String message, ScenarioMismatch mismatch) {

        static Problem of(ScenarioMismatch mismatch) {
            return new Problem(mismatch.inWords(), mismatch);
        }

        static Problem slip(String message) {
            return new Problem(message, null);
        }
    }

    /** Every difference between the expected fields and the decision, in words; empty when they match. */
    public static List<String> mismatches(JsonNode expected, RiskAssessment actual) {
        return problems(expected, actual).stream().map(Problem::message).toList();
    }

    /** Every difference between the expected fields and the decision, in words and as data. */
    public static List<Problem> problems(JsonNode expected, RiskAssessment actual) {
        List<Problem> problems = new ArrayList<>();
        for (String field : expected.propertyNames()) {
            if (!KNOWN_FIELDS.contains(field)) {
                problems.add(Problem.slip("expected field '" + field + "' is not checked by this harness"));
            }
        }
        KNOWN_ENTRY_KEYS.forEach((field, keys) -> refuseUnknownKeys(problems, field, expected.path(field), keys));
        for (String answer : List.of("preMset", "msetPanel")) {
            refuseUnknownKeys(
                    problems, answer + ".reasons", expected.path(answer).path("reasons"), Set.of("code"));
        }
        check(problems, expected, "score", node -> String.valueOf(node.asInt()), String.valueOf(actual.score()));
        check(
                problems,
                expected,
                "scoreLevel",
                JsonNode::asString,
                actual.scoreLevel().name());
        check(
                problems,
                expected,
                "riskLevel",
                JsonNode::asString,
                actual.riskLevel().name());
        check(problems, expected, "legacyRiskLevel", JsonNode::asString, actual.legacyRiskLevel());
        if (expected.has("categoryScores")) {
            Map<String, Integer> want = new TreeMap<>();
            expected.get("categoryScores")
                    .properties()
                    .forEach(e -> want.put(e.getKey(), e.getValue().asInt()));
            Map<String, Integer> found = new TreeMap<>(actual.categoryScores());
            if (!want.equals(found)) {
                problems.add(Problem.of(new ScenarioMismatch(
                        null, "categoryScores", null, Shape.COUNTED, scores(want), scores(found))));
            }
        }
        checkList(
                problems,
                expected,
                "exploitationTypes",
                n -> pinnedKey("exploitationTypes", n),
                actual.exploitationTypes());
        checkList(
                problems,
                expected,
                "indicatorsUsed",
                n -> pinnedKey("indicatorsUsed", n),
                actual.indicatorsUsed().stream()
                        .map(u -> indicatorUsed(u.code(), String.valueOf(u.recency()), u.derived(), u.points()))
                        .toList());
        checkList(
                problems,
                expected,
                "overrides",
                n -> pinnedKey("overrides", n),
                actual.overrides().stream()
                        .map(o -> override(o.code(), o.raised()))
                        .toList());
        check(problems, expected, "pathway", JsonNode::asString, actual.pathway());
        checkEligibility(problems, expected, "preMset", actual.preMset());
        checkEligibility(problems, expected, "msetPanel", actual.msetPanel());
        checkList(
                problems,
                expected,
                "actions",
                n -> pinnedKey("actions", n),
                actual.actions().stream().map(RecommendedAction::code).toList());
        ActionCheck.details(problems, expected.path("actions"), actual.actions());
        checkList(
                problems,
                expected,
                "insufficientInformation",
                n -> pinnedKey("insufficientInformation", n),
                actual.insufficientInformation().stream()
                        .map(RiskAssessment.Question::field)
                        .toList());
        checkList(
                problems,
                expected,
                "warnings",
                n -> pinnedKey("warnings", n),
                actual.warnings().stream()
                        .map(RiskAssessment.RaisedWarning::code)
                        .toList());
        return problems;
    }

    private static void refuseUnknownKeys(List<Problem> problems, String field, JsonNode node, Set<String> known) {
        List<JsonNode> entries = new ArrayList<>();
        if (node.isArray()) {
            node.values().forEach(entries::add);
        } else if (node.isObject()) {
            entries.add(node);
        }
        for (JsonNode entry : entries) {
            entry.propertyNames().stream()
                    .filter(name -> !known.contains(name))
                    .forEach(
                            name -> problems.add(Problem.slip(field + "." + name + " is not checked by this harness")));
        }
    }

    private static void checkEligibility(
            List<Problem> problems, JsonNode expected, String field, RiskAssessment.Eligibility actual) {
        if (!expected.has(field)) {
            return;
        }
        JsonNode want = expected.get(field);
        if (want.has("eligible")) {
            compare(
                    problems,
                    null,
                    field + ".eligible",
                    String.valueOf(want.get("eligible").asBoolean()),
                    String.valueOf(actual.eligible()));
        }
        checkList(
                problems,
                want,
                "reasons",
                field + ".reasons",
                n -> pinnedKey("reasons", n),
                actual.reasons().stream()
                        .map(RiskAssessment.EligibilityNote::code)
                        .toList());
    }

    private static void check(
            List<Problem> problems, JsonNode expected, String field, Function<JsonNode, String> read, String actual) {
        if (expected.has(field)) {
            compare(problems, null, field, read.apply(expected.get(field)), actual);
        }
    }

    private static void checkList(
            List<Problem> problems,
            JsonNode expected,
            String field,
            Function<JsonNode, String> read,
            List<String> actual) {
        checkList(problems, expected, field, field, read, actual);
    }

    /** A list compared as a set with counts, and named in a problem as {@code label}. */
    private static void checkList(
            List<Problem> problems,
            JsonNode expected,
            String field,
            String label,
            Function<JsonNode, String> read,
            List<String> actual) {
        if (!expected.has(field)) {
            return;
        }
        List<String> want = new ArrayList<>();
        expected.get(field).values().forEach(n -> want.add(read.apply(n)));
        if (!ScenarioMismatch.counted(want).equals(ScenarioMismatch.counted(actual))) {
            problems.add(Problem.of(new ScenarioMismatch(null, label, null, Shape.COUNTED, want, actual)));
        }
    }

    /**
     * One entry of a pinned list as the check compares it (an indicator by its code, recency, derivation and
     * points; a question by its field; an exploitation type as it is; any other entry by its code): two
     * entries that read the same here are the same to the check, however they are written.
     */
    static String pinnedKey(String list, JsonNode entry) {
        return switch (list) {
            case "indicatorsUsed" ->
                indicatorUsed(
                        entry.path("code").asString(),
                        entry.path("recency").asString(),
                        entry.path("derived").asBoolean(),
                        entry.path("points").asInt());
            case "overrides" ->
                override(entry.path("code").asString(), entry.path("raised").asBoolean());
            case "insufficientInformation" -> entry.path("field").asString();
            case "exploitationTypes" -> entry.asString();
            default -> entry.path("code").asString();
        };
    }

    /** Scores by category as a reader writes them: "CSE 5", "MIS 3". */
    private static List<String> scores(Map<String, Integer> byCategory) {
        return byCategory.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .toList();
    }

    private static String indicatorUsed(String code, String recency, boolean derived, int points) {
        return code + " " + recency + ", " + points + (points == 1 || points == -1 ? " point" : " points")
                + (derived ? ", derived" : "");
    }

    private static String override(String code, boolean raised) {
        return code + (raised ? ", raising the level" : ", not raising it");
    }

    /** One value, of the decision's field or of an action's detail (null: none at all), against the one expected. */
    static void compare(List<Problem> problems, String action, String field, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(Problem.of(
                    new ScenarioMismatch(null, field, action, Shape.ONE, listOfOne(expected), listOfOne(actual))));
        }
    }

    private static List<String> listOfOne(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
