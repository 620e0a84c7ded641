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
 * shape indicators.csv gives them) in any string, the action of every recommendation, and the row of
 * override-levels.csv each threshold rule reads. A rule naming a code nobody can report, an action the
 * catalogue lacks, or an override row that was taken out of the table compiles but can never work as
 * meant; the last silently switches a safeguard off (a trial removed the critical-indicator floor's row
 * and the check called the candidate usable).
 */
final class CodeReferences {

    private static final Pattern INDICATOR = Pattern.compile("\"([A-Z]{2,5}[0-9]{2})\"");
    private static final Pattern ACTION = Pattern.compile("new\\s+Recommendation\\s*\\(\\s*\"([A-Z0-9_]+)\"");
    // The way a rule reads its row: OverrideLevel( code == "OVR_..." ), as every packaged threshold rule does.
    private static final Pattern OVERRIDE_ROW =
            Pattern.compile("\\bOverrideLevel\\s*\\(\\s*code\\s*==\\s*\"([A-Za-z0-9_]+)\"");

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
            Matcher override = OVERRIDE_ROW.matcher(text);
            while (override.find()) {
                if (policy.overrideLevel(override.group(1)) == null) {
                    problems.add(problem(
                            file,
                            override,
                            "override " + override.group(1) + " is not in override-levels.csv, so the rule that"
                                    + " reads its row can never apply: put the row back, or take the rule out"
                                    + " as well"));
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
