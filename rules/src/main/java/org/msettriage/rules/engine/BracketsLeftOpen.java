package org.msettriage.rules.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The first bracket of a rule left open, or closed without being opened, found where the policy lead wrote
 * it: Drools reports a missing ")" as "mismatched input" at whatever it reads next, often on the line after
 * (a policy lead's trial met "[ERR 102] Line 30:4 mismatched input 'not'" for a ")" missing on line 29).
 * Round brackets are counted in a rule's conditions and, apart, in its consequence; text in quotes and
 * comments is passed over. Only asked about a file the parser already refused.
 */
final class BracketsLeftOpen {

    private BracketsLeftOpen() {}

    static Optional<RulesetProblem> in(String file, String[] lines) {
        String rule = null;
        String part = null;
        Deque<int[]> open = new ArrayDeque<>();
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String word = line.strip();
            if (!inComment) {
                Matcher named = RulesetCompiler.RULE_NAME.matcher(line);
                if (named.find()) {
                    rule = named.group(1);
                    part = null;
                    open.clear();
                    continue;
                }
                String keyword = keyword(word);
                if (rule != null && keyword != null) {
                    if (part != null && !open.isEmpty()) {
                        return Optional.of(leftOpen(file, rule, open.peekLast(), keyword));
                    }
                    part = keyword.equals("end") ? null : keyword;
                    open.clear();
                    continue;
                }
            }
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (inComment) {
                    if (line.startsWith("*/", c)) {
                        inComment = false;
                        c++;
                    }
                } else if (line.startsWith("/*", c)) {
                    inComment = true;
                    c++;
                } else if (line.startsWith("//", c)) {
                    break;
                } else if (ch == '"' || ch == '\'') {
                    c = endOfQuoted(line, c, ch);
                } else if (part != null && ch == '(') {
                    open.push(new int[] {i + 1, c + 1});
                } else if (part != null && ch == ')') {
                    if (open.isEmpty()) {
                        return Optional.of(new RulesetProblem(
                                RulesetProblem.Kind.COMPILE,
                                file,
                                i + 1,
                                c + 1,
                                "rule \"" + rule + "\": this \")\" closes no \"(\": take it out, or add the \"(\" it"
                                        + " closes"));
                    }
                    open.pop();
                }
            }
        }
        return Optional.empty();
    }

    private static RulesetProblem leftOpen(String file, String rule, int[] at, String before) {
        return new RulesetProblem(
                RulesetProblem.Kind.COMPILE,
                file,
                at[0],
                at[1],
                "rule \"" + rule + "\": the \"(\" at line " + at[0] + ", column " + at[1] + " is not closed before \""
                        + before + "\": add the \")\" it needs");
    }

    /** "when", "then" or "end" when a line holds that word alone (a comment may follow); null otherwise. */
    private static String keyword(String stripped) {
        for (String keyword : new String[] {"when", "then", "end"}) {
            if (stripped.startsWith(keyword)) {
                String rest = stripped.substring(keyword.length()).strip();
                if (rest.isEmpty() || rest.startsWith("//") || rest.startsWith("/*")) {
                    return keyword;
                }
            }
        }
        return null;
    }

    /** The index of the closing quote, or the line's last index when it is not closed on this line. */
    private static int endOfQuoted(String line, int start, char quote) {
        for (int c = start + 1; c < line.length(); c++) {
            if (line.charAt(c) == '\\') {
                c++;
            } else if (line.charAt(c) == quote) {
                return c;
            }
        }
        return line.length() - 1;
    }
}
