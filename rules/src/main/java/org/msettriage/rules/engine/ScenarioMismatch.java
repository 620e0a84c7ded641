package org.msettriage.rules.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A scenario's expected field that a decision does not give, as data: a reader words it from these values,
 * never from the sentence the API and the command line give ({@link #inWords()}), so rewording that
 * sentence cannot change what a page says.
 *
 * @param scenario the scenario's name; null when the check was not told it
 * @param field the field as a scenario names it ({@code riskLevel}, {@code preMset.reasons}); for an
 *     action's detail, the detail's own name ({@code because}, {@code dueBy}, {@code overdue})
 * @param action the code of the action whose detail it is; null for a field of the decision itself
 * @param shape how the values are compared, and so how they are said
 * @param expected the values the scenario expects, each as often as it is expected
 * @param actual the values the decision gives
 */
public record ScenarioMismatch(
        String scenario, String field, String action, Shape shape, List<String> expected, List<String> actual) {

    /** How a field's values are compared. */
    public enum Shape {
        /** One value; none at all (an action without a due date) is said as {@code null}. */
        ONE,
        /** A list compared as a set with counts, said with its repeats counted, or {@code none}. */
        COUNTED,
        /** A set, said in brackets: {@code [ADDS_PERPETRATOR, CSE03]}. */
        SET
    }

    public ScenarioMismatch {
        expected = List.copyOf(expected);
        actual = List.copyOf(actual);
    }

    /** The same difference, said of the scenario of this name. */
    public ScenarioMismatch of(String scenarioName) {
        return new ScenarioMismatch(scenarioName, field, action, shape, expected, actual);
    }

    /** The field as the API names it: {@code riskLevel}, or an action's detail {@code actions[CODE].because}. */
    public String path() {
        return action == null ? field : "actions[" + action + "]." + field;
    }

    /** As the API and the command line say it: {@code riskLevel: expected NONE but was EMERGING}. */
    public String inWords() {
        return path() + ": expected " + said(expected) + " but was " + said(actual);
    }

    /** Values with how often each is given, in order: what a counted list says. */
    public static Map<String, Long> counted(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    /** How often a value of a counted list is given, as said after it: nothing, " (twice)", " (3 times)". */
    public static String times(long count) {
        return count == 1 ? "" : count == 2 ? " (twice)" : " (" + count + " times)";
    }

    private String said(List<String> values) {
        return switch (shape) {
            case ONE -> values.isEmpty() ? "null" : values.get(0);
            case SET -> "[" + String.join(", ", values) + "]";
            case COUNTED ->
                values.isEmpty()
                        ? "none"
                        : counted(values).entrySet().stream()
                                .map(e -> e.getKey() + times(e.getValue()))
                                .collect(Collectors.joining(", "));
        };
    }
}
