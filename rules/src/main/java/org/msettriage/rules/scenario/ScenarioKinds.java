package org.msettriage.rules.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each kind of scenario pins, by the first word of its file name. Every scenario pins the outcome
 * for the child (level, exploitation types, route, eligibility, actions, questions and warnings); a
 * scenario about scoring also pins the score, one about a threshold the overrides, and the golden files
 * ("examples", "mixed") the whole decision. So a weight change breaks the scenarios whose outcome it
 * changes and those about scoring, not every scenario whose score moves.
 */
public final class ScenarioKinds {

    /** Pinned by every scenario. */
    public static final List<String> OUTCOME = List.of(
            "riskLevel",
            "exploitationTypes",
            "pathway",
            "preMset",
            "msetPanel",
            "actions",
            "insufficientInformation",
            "warnings");

    /** Every field a scenario can pin (the harness checks these, and no other), as the golden files do. */
    public static final List<String> WHOLE_DECISION = List.of(
            "score",
            "categoryScores",
            "scoreLevel",
            "riskLevel",
            "legacyRiskLevel",
            "exploitationTypes",
            "indicatorsUsed",
            "overrides",
            "pathway",
            "preMset",
            "msetPanel",
            "actions",
            "insufficientInformation",
            "warnings");

    private static final Map<String, List<String>> BESIDE_THE_OUTCOME = Map.ofEntries(
            Map.entry("actions", List.of()),
            Map.entry("exploitation", List.of()),
            Map.entry("information", List.of()),
            Map.entry("links", List.of()),
            Map.entry("routing", List.of()),
            Map.entry("bands", List.of("score", "scoreLevel", "legacyRiskLevel")),
            Map.entry("cap", List.of("overrides")),
            Map.entry("floors", List.of("overrides")),
            Map.entry("judgement", List.of("overrides")),
            Map.entry("duplicates", List.of("indicatorsUsed")),
            Map.entry("missing", List.of("indicatorsUsed")),
            Map.entry("points", List.of("score", "categoryScores", "indicatorsUsed")),
            Map.entry("protective", List.of("score", "categoryScores", "indicatorsUsed")),
            Map.entry("examples", WHOLE_DECISION),
            Map.entry("mixed", WHOLE_DECISION));

    private ScenarioKinds() {}

    /** The kind of a scenario file: the first word of its name; empty when it names no known kind. */
    public static Optional<String> kindOf(String file) {
        int dash = file.indexOf('-');
        String kind = dash < 0 ? file : file.substring(0, dash);
        return BESIDE_THE_OUTCOME.containsKey(kind) ? Optional.of(kind) : Optional.empty();
    }

    /** The fields a scenario of this kind pins: the outcome, then what its kind adds. */
    public static Set<String> pinned(String kind) {
        Set<String> fields = new LinkedHashSet<>(OUTCOME);
        fields.addAll(BESIDE_THE_OUTCOME.get(kind));
        return fields;
    }

    /**
     * Why a scenario a candidate carries checks too little, in words, or empty when it pins the whole
     * outcome for the child: the harness checks only the fields a scenario names, so one expecting
     * nothing would hold for any candidate. Its kind is not asked for: such a scenario adds to a set.
     */
    public static Optional<String> unpinnedOutcome(Scenario scenario) {
        Set<String> given = new LinkedHashSet<>(scenario.expected().propertyNames());
        List<String> lacking =
                OUTCOME.stream().filter(field -> !given.contains(field)).toList();
        if (lacking.isEmpty()) {
            return Optional.empty();
        }
        String every = "every scenario pins the outcome for the child (" + String.join(", ", OUTCOME) + ")";
        return Optional.of(
                given.isEmpty()
                        ? "expects nothing, so it would hold for any candidate: " + every
                        : "does not pin " + String.join(", ", lacking) + ": " + every);
    }

    /** What is wrong with a scenario's pins for its kind, in words; empty when nothing is. */
    public static List<String> problems(Scenario scenario) {
        List<String> problems = new ArrayList<>();
        Optional<String> kind = kindOf(scenario.file());
        if (kind.isEmpty()) {
            problems.add(scenario.file() + " names no kind of scenario: its name starts with one of "
                    + new java.util.TreeSet<>(BESIDE_THE_OUTCOME.keySet()));
            return problems;
        }
        Set<String> pinned = pinned(kind.get());
        Set<String> given = new LinkedHashSet<>(scenario.expected().propertyNames());
        for (String field : pinned) {
            // A scenario with no indicator at all has none to pin.
            if (!given.contains(field) && !field.equals("indicatorsUsed")) {
                problems.add(scenario.file() + " lacks " + field + ", which a " + kind.get() + " scenario pins");
            }
        }
        for (String field : given) {
            if (!pinned.contains(field)) {
                problems.add(scenario.file() + " pins " + field + ", which is not what a " + kind.get()
                        + " scenario is about");
            }
        }
        return problems;
    }
}
