package org.msettriage.rules.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first bracket of a rule left open, or closed without being opened, found where the policy lead wrote
 * it: Drools reports a missing ")" as "mismatched input" at whatever it reads next, often on the line after
 * (a policy lead's trial met "[ERR 102] Line 30:4 mismatched input 'not'" for a ")" missing on line 29).
 * Round brackets are counted in a rule's conditions and, apart, in its consequence, over the file's tokens
 * as the allowlist reads them (text in quotes and comments are not tokens). Only asked about a file the
 * parser already refused.
 */
final class BracketsLeftOpen {

    private static final Set<String> KEYWORDS = Set.of("when", "then", "end");

    private BracketsLeftOpen() {}

    static Optional<RulesetProblem> in(String file, String text) {
        List<DrlTokens.Token> tokens = DrlTokens.of(text);
        String rule = null;
        String part = null;
        Deque<DrlTokens.Token> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            DrlTokens.Token token = tokens.get(i);
            if (token.is("rule")
                    && startsItsLine(text, token)
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).type() == DrlTokens.Type.TEXT) {
                String quoted = tokens.get(++i).text();
                rule = quoted.substring(1, Math.max(1, quoted.length() - 1));
                part = null;
                open.clear();
            } else if (rule != null && isKeyword(text, token)) {
                if (part != null && !open.isEmpty()) {
                    return Optional.of(leftOpen(file, text, rule, open.peekLast(), token.text()));
                }
                part = token.is("end") ? null : token.text();
                open.clear();
            } else if (part != null && token.is("(")) {
                open.push(token);
            } else if (part != null && token.is(")")) {
                if (open.isEmpty()) {
                    return Optional.of(problem(
                            file,
                            text,
                            token,
                            "rule \"" + rule + "\": this \")\" closes no \"(\": take it out, or add the \"(\" it"
                                    + " closes"));
                }
                open.pop();
            }
        }
        return Optional.empty();
    }

    private static RulesetProblem leftOpen(
            String file, String text, String rule, DrlTokens.Token bracket, String before) {
        int line = TextPosition.lineOf(text, bracket.offset());
        int column = TextPosition.columnOf(text, bracket.offset());
        return problem(
                file,
                text,
                bracket,
                "rule \"" + rule + "\": the \"(\" at line " + line + ", column " + column + " is not closed before \""
                        + before + "\": add the \")\" it needs");
    }

    private static RulesetProblem problem(String file, String text, DrlTokens.Token at, String message) {
        return new RulesetProblem(
                RulesetProblem.Kind.COMPILE,
                file,
                TextPosition.lineOf(text, at.offset()),
                TextPosition.columnOf(text, at.offset()),
                message);
    }

    /** "when", "then" or "end" alone on its line (a comment may follow, and is no token). */
    private static boolean isKeyword(String text, DrlTokens.Token token) {
        if (token.type() != DrlTokens.Type.NAME || !KEYWORDS.contains(token.text()) || !startsItsLine(text, token)) {
            return false;
        }
        int lineEnd = text.indexOf('\n', token.offset());
        String rest = text.substring(token.offset() + token.text().length(), lineEnd < 0 ? text.length() : lineEnd)
                .strip();
        return rest.isEmpty() || rest.startsWith("//") || rest.startsWith("/*");
    }

    private static boolean startsItsLine(String text, DrlTokens.Token token) {
        int lineStart = text.lastIndexOf('\n', token.offset() - 1) + 1;
        return text.substring(lineStart, token.offset()).isBlank();
    }
}
