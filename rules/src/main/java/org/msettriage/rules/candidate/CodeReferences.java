package org.msettriage.rules.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TextPosition;
import org.msettriage.rules.policy.Policy;

/**
 * Finds codes in the DRL that the tables do not define: an indicator code (letters then two digits, the
 * shape indicators.csv gives them) in any string, and the action of every recommendation. A rule naming
 * a code nobody can report, or an action the catalogue lacks, compiles but can never work as meant.
 */
final class CodeReferences {

    private static final Pattern INDICATOR = Pattern.compile("\"([A-Z]{2,5}[0-9]{2})\"");
    private static final Pattern ACTION = Pattern.compile("new\\s+Recommendation\\s*\\(\\s*\"([A-Z0-9_]+)\"");

    private CodeReferences() {}

    static List<RulesetProblem> unknown(List<RulesetFile> files, Policy policy) {
        List<RulesetProblem> problems = new ArrayList<>();
        for (RulesetFile file : files) {
            if (!file.isDrl()) {
                continue;
            }
            String text = withoutComments(file.content());
            Matcher indicator = INDICATOR.matcher(text);
            while (indicator.find()) {
                if (!policy.knowsIndicator(indicator.group(1))) {
                    problems.add(problem(
                            file, indicator, "indicator code " + indicator.group(1) + " is not in indicators.csv"));
                }
            }
            Matcher action = ACTION.matcher(text);
            while (action.find()) {
                if (policy.action(action.group(1)) == null) {
                    problems.add(problem(file, action, "action code " + action.group(1) + " is not in actions.csv"));
                }
            }
        }
        return problems;
    }

    private static RulesetProblem problem(RulesetFile file, Matcher match, String message) {
        int offset = match.start(1);
        return new RulesetProblem(
                RulesetProblem.Kind.UNKNOWN_CODE,
                file.name(),
                TextPosition.lineOf(file.content(), offset),
                TextPosition.columnOf(file.content(), offset),
                message);
    }

    /**
     * The text with every comment blanked out, keeping each character's place (so positions still hold),
     * and leaving string literals alone: a code mentioned in a comment is prose, not a reference.
     */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < out.length(); i++) {
            char ch = out.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (ch == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                while (i < out.length()
                        && !(out.charAt(i) == '*' && i + 1 < out.length() && out.charAt(i + 1) == '/')) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i + 1 < out.length()) {
                    out.setCharAt(i, ' ');
                    out.setCharAt(i + 1, ' ');
                    i++;
                }
            }
        }
        return out.toString();
    }
}
