package org.msettriage.service.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.ScenarioMismatch;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.Policy;
import org.springframework.stereotype.Component;

/**
 * A changed scenario outcome in the words the pages use, from the change as data ({@link ScenarioMismatch}),
 * not from the sentence validation gives the API and the command line: the field by its label, each value
 * by {@link ScenarioOutcomeWords} (a reason as the reason, an action by its title, a cap or floor by its
 * summary, a question by what it asks about). Pages call it as {@code @scenarioWords}.
 */
@Component("scenarioWords")
public class ScenarioMismatchWords {

    /** The problem's message in words when it is a changed outcome; any other message as it is. */
    public String of(RulesetProblem problem, TriageEngine candidate) {
        return of(problem, candidate == null ? null : candidate.policy());
    }

    /**
     * The change alone, for a page that names its scenario above it; the whole message in words when it is
     * not a changed outcome the pages can word.
     */
    public String changeAlone(RulesetProblem problem, TriageEngine candidate) {
        String change = changeOf(problem, candidate == null ? null : candidate.policy());
        return change != null ? change : of(problem, candidate);
    }

    /** The scenario a problem is about, by its name, or null when the problem does not say. */
    public String scenarioOf(RulesetProblem problem) {
        return problem.mismatch() == null ? null : problem.mismatch().scenario();
    }

    /** The same, actions and caps or floors named by these tables (none: their codes' own words). */
    String of(RulesetProblem problem, Policy candidate) {
        String change = changeOf(problem, candidate);
        if (change == null) {
            return problem.message();
        }
        ScenarioMismatch mismatch = problem.mismatch();
        String name = mismatch.scenario() == null ? "" : "\"" + mismatch.scenario() + "\": ";
        return (problem.kind() == RulesetProblem.Kind.OWN_SCENARIO ? RulesetValidator.CARRIED_DOES_NOT_HOLD : "")
                + name
                + change;
    }

    /**
     * What a changed outcome changes, without the scenario's name, for a page that names the scenario above
     * it ("Risk level: expected Emerging, but the candidate gives Moderate"); null when the problem is not a
     * changed outcome the pages can word.
     */
    String changeOf(RulesetProblem problem, Policy candidate) {
        ScenarioMismatch mismatch = problem.mismatch();
        boolean carried = problem.kind() == RulesetProblem.Kind.OWN_SCENARIO;
        if (mismatch == null || !(carried || problem.kind() == RulesetProblem.Kind.SCENARIO)) {
            return null;
        }
        ScenarioOutcomeWords words = new ScenarioOutcomeWords(candidate);
        String label;
        Function<List<String>, String> said;
        if (mismatch.action() != null) {
            String action = "\u201c" + words.action(mismatch.action()) + "\u201d";
            switch (mismatch.field()) {
                case "because" -> {
                    label = "Why " + action + " is recommended";
                    said = words::because;
                }
                case "dueBy" -> {
                    label = "When " + action + " is due";
                    said = due ->
                            due.isEmpty() ? ScenarioOutcomeWords.NO_DUE_DATE : ScenarioOutcomeWords.due(due.get(0));
                }
                case "overdue" -> {
                    label = "Whether " + action + " is overdue";
                    said = overdue -> overdue.equals(List.of("true")) ? "overdue" : "not overdue";
                }
                default -> {
                    return null;
                }
            }
        } else {
            label = ScenarioOutcomeWords.label(mismatch.field());
            said = values -> words.listed(mismatch.field(), mismatch.shape(), values);
        }
        return label + ": expected " + said.apply(mismatch.expected()) + ", but the candidate gives "
                + said.apply(mismatch.actual()) + difference(mismatch, said);
    }

    /**
     * What a list gains and loses, after the two lists, when they share entries: a trial had to compare two
     * lists of ten actions to find the one added. Nothing for one value, or for lists with nothing in common
     * (the two lists already say it all). Said as the lists are: a trial saw "Ovr under13" for what the list
     * beside it called "A child under 13 shows a serious sign of exploitation".
     */
    private static String difference(ScenarioMismatch mismatch, Function<List<String>, String> said) {
        if (mismatch.shape() == ScenarioMismatch.Shape.ONE) {
            return "";
        }
        Map<String, Long> expected = ScenarioMismatch.counted(mismatch.expected());
        Map<String, Long> actual = ScenarioMismatch.counted(mismatch.actual());
        if (expected.keySet().stream().noneMatch(actual::containsKey)) {
            return "";
        }
        List<String> added = beyond(actual, expected);
        List<String> dropped = beyond(expected, actual);
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("it adds " + said.apply(added));
        }
        if (!dropped.isEmpty()) {
            parts.add("it no longer gives " + said.apply(dropped));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    /** The entries of one counted list beyond the other's, each as often as it is given beyond it. */
    private static List<String> beyond(Map<String, Long> these, Map<String, Long> those) {
        List<String> more = new ArrayList<>();
        these.forEach((value, count) -> {
            long extra = count - those.getOrDefault(value, 0L);
            for (long i = 0; i < extra; i++) {
                more.add(value);
            }
        });
        return more;
    }
}
