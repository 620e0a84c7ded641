package org.msettriage.service.pages;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.service.words.CodeWords;
import org.springframework.stereotype.Component;

/**
 * A changed scenario outcome, as validation reports it to the API and the command line ({@code "name":
 * preMset.reasons: expected NOT_INDICATED but was PRE_EXPLOITATION}), in the words the pages use: the
 * field by its label, each code by the words the other pages give it, an action by its title. Pages call
 * it as {@code @scenarioWords}.
 */
@Component("scenarioWords")
public class ScenarioMismatchWords {

    private static final Pattern MISMATCH =
            Pattern.compile("(?s)^(\"[^\"]*\": )?([A-Za-z.]+): expected (.*) but was (.*)$");
    /** A code: capitals and underscores (NOT_INDICATED, CCE); not an indicator's code (CSE02), which readers know. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("score", "Score"),
            Map.entry("scoreLevel", "Level by score"),
            Map.entry("riskLevel", "Risk level"),
            Map.entry("legacyRiskLevel", "Level on the old scale"),
            Map.entry("categoryScores", "Scores by category"),
            Map.entry("exploitationTypes", "Exploitation types"),
            Map.entry("indicatorsUsed", "Indicators used"),
            Map.entry("overrides", "Cap and floors"),
            Map.entry("pathway", "Route"),
            Map.entry("preMset.eligible", "Pre-MSET screening"),
            Map.entry("preMset.reasons", "Reasons for or against Pre-MSET screening"),
            Map.entry("msetPanel.eligible", "MSET panel"),
            Map.entry("msetPanel.reasons", "Reasons for or against the MSET panel"),
            Map.entry("actions", "Recommended actions"),
            Map.entry("insufficientInformation", "Questions for the referrer"),
            Map.entry("warnings", "Warnings"));

    /** The problem's message in words when it is a changed outcome; any other message as it is. */
    public String of(RulesetProblem problem, TriageEngine candidate) {
        Matcher mismatch = MISMATCH.matcher(problem.message());
        if (problem.kind() != RulesetProblem.Kind.SCENARIO || !mismatch.matches()) {
            return problem.message();
        }
        String field = mismatch.group(2);
        UnaryOperator<String> words = wordsFor(field, candidate);
        String name = mismatch.group(1) == null ? "" : mismatch.group(1);
        return name + LABELS.getOrDefault(field, field) + ": expected " + words.apply(mismatch.group(3))
                + ", but the candidate gives " + words.apply(mismatch.group(4));
    }

    private static UnaryOperator<String> wordsFor(String field, TriageEngine candidate) {
        if (field.endsWith(".eligible")) {
            return value -> "true".equals(value) ? "eligible" : "not eligible";
        }
        if (field.endsWith(".reasons")) {
            // A reason for or against screening or the panel, as the decision pages word it.
            return value -> coded(value, CodeWords::eligibilityReason);
        }
        if (field.equals("categoryScores")) {
            // Category codes (CSE, MIS) head every indicator's code, and are read as such.
            return UnaryOperator.identity();
        }
        if (field.equals("actions") && candidate != null) {
            return value -> coded(value, code -> {
                ActionDefinition action = candidate.policy().action(code);
                return action == null ? CodeWords.any(code) : action.title();
            });
        }
        return value -> coded(value, CodeWords::any);
    }

    private static String coded(String value, UnaryOperator<String> words) {
        return value.equals("none")
                ? "none"
                : CODE.matcher(value).replaceAll(code -> Matcher.quoteReplacement(words.apply(code.group())));
    }
}
