package org.msettriage.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.rules.policy.Placeholders;
import org.msettriage.rules.policy.PolicySettings;

/**
 * Checks, before any referral is decided, that every placeholder of a rule's explanation is one its
 * consequence gives: a misspelt {@code {levle}} would otherwise fail only when the rule fires, as an
 * engine error naming neither the rule nor the placeholder. Read from the rule's source: the names are
 * the string literals passed as names to {@code Findings.record} or {@code Findings.ask}, each followed
 * by its value.
 */
final class ExplanationPlaceholders {

    private static final Pattern GIVEN_NAME = Pattern.compile("\"([a-zA-Z]+)\"\\s*,");
    private static final Pattern EXPLANATION = Pattern.compile("@explanation\\s*\\(");

    private ExplanationPlaceholders() {}

    /** A problem for each placeholder the rule declared at that line of the file never gives. */
    static List<RulesetProblem> unfilled(String ruleName, String explanation, RulesetFile file, int ruleLine) {
        if (explanation == null) {
            return List.of();
        }
        String[] lines = file.content().split("\n", -1);
        int end = ruleLine;
        while (end < lines.length && !lines[end].strip().equals("end")) {
            end++;
        }
        String rule =
                String.join("\n", java.util.Arrays.asList(lines).subList(ruleLine - 1, Math.min(end, lines.length)));
        int then = rule.indexOf("\nthen");
        String consequence = then < 0 ? "" : rule.substring(then);
        Set<String> given = new LinkedHashSet<>();
        Matcher names = GIVEN_NAME.matcher(consequence);
        while (names.find()) {
            given.add(names.group(1));
        }
        int explanationLine = ruleLine;
        Matcher annotation = EXPLANATION.matcher(rule);
        if (annotation.find()) {
            explanationLine = ruleLine + TextPosition.lineOf(rule, annotation.start()) - 1;
        }
        List<RulesetProblem> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (String name : Placeholders.in(explanation)) {
            // A setting's name is filled from settings.csv when the rule does not give it.
            if (!given.contains(name) && !PolicySettings.isSetting(name) && reported.add(name)) {
                problems.add(new RulesetProblem(
                        RulesetProblem.Kind.METADATA,
                        file.name(),
                        explanationLine,
                        1,
                        "rule \"" + ruleName + "\": its @explanation uses {" + name + "}, which the rule does not"
                                + " give (it gives " + (given.isEmpty() ? "none" : String.join(", ", given))
                                + "); correct the placeholder, name a setting of settings.csv, or pass \"" + name
                                + "\" with its value to Findings.record"));
            }
        }
        return problems;
    }
}
