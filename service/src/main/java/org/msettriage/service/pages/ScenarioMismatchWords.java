package org.msettriage.service.pages;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.Policy;
import org.springframework.stereotype.Component;

/**
 * A changed scenario outcome, as validation reports it to the API and the command line ({@code "name":
 * preMset.reasons: expected NOT_INDICATED but was PRE_EXPLOITATION}), in the words the pages use: the
 * field by its label, each value by {@link ScenarioOutcomeWords} (a reason as the reason, an action by its
 * title, a cap or floor by its summary, a question by what it asks about). Pages call it as
 * {@code @scenarioWords}.
 */
@Component("scenarioWords")
public class ScenarioMismatchWords {

    /**
     * A changed outcome: what it is said of (a scenario's name, after the words a scenario the candidate
     * carries is introduced with), the field (an action's detail as {@code actions[CODE].because}), and the
     * value expected and the one given.
     */
    private static final Pattern MISMATCH = Pattern.compile(
            "(?s)^(.*?\"[^\"]*\": )?([A-Za-z.]+|actions\\[[A-Z0-9_]+]\\.[A-Za-z]+): expected (.*) but was (.*)$");

    private static final Pattern ACTION_DETAIL = Pattern.compile("actions\\[([A-Z0-9_]+)]\\.([A-Za-z]+)");

    /** The problem's message in words when it is a changed outcome; any other message as it is. */
    public String of(RulesetProblem problem, TriageEngine candidate) {
        return of(problem, candidate == null ? null : candidate.policy());
    }

    /** The same, actions and caps or floors named by these tables (none: their codes' own words). */
    String of(RulesetProblem problem, Policy candidate) {
        Matcher mismatch = MISMATCH.matcher(problem.message());
        boolean scenario =
                problem.kind() == RulesetProblem.Kind.SCENARIO || problem.kind() == RulesetProblem.Kind.OWN_SCENARIO;
        if (!scenario || !mismatch.matches()) {
            return problem.message();
        }
        ScenarioOutcomeWords words = new ScenarioOutcomeWords(candidate);
        String field = mismatch.group(2);
        String label;
        UnaryOperator<String> value;
        Matcher detail = ACTION_DETAIL.matcher(field);
        if (detail.matches()) {
            String action = "\u201c" + words.action(detail.group(1)) + "\u201d";
            switch (detail.group(2)) {
                case "because" -> {
                    label = "Why " + action + " is recommended";
                    value = words::because;
                }
                case "dueBy" -> {
                    label = "When " + action + " is due";
                    value = ScenarioOutcomeWords::due;
                }
                case "overdue" -> {
                    label = "Whether " + action + " is overdue";
                    value = given -> "true".equals(given) ? "overdue" : "not overdue";
                }
                default -> {
                    return problem.message();
                }
            }
        } else {
            label = ScenarioOutcomeWords.label(field);
            value = given -> words.listed(field, given);
        }
        String name = mismatch.group(1) == null ? "" : mismatch.group(1);
        return name + label + ": expected " + value.apply(mismatch.group(3)) + ", but the candidate gives "
                + value.apply(mismatch.group(4));
    }
}
