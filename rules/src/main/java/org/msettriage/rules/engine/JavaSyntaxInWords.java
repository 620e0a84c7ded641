package org.msettriage.rules.engine;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java compiler's syntax errors in a consequence, told in words a policy lead reads: the compiler names
 * its grammar ("Syntax error, insert VariableDeclarators to complete LocalVariableDeclaration", met in a
 * trial), which says what it wanted in terms of a parser. Each error keeps where it was placed; only its
 * words change, and an error of another form is left as the compiler wrote it.
 */
final class JavaSyntaxInWords {

    // A token as the compiler quotes it, quotes inside included ("\"b\"" for a string literal).
    private static final String TOKEN = "\"(.*?)\"(?=,| to complete)";
    private static final Pattern EXPECTED_AFTER =
            Pattern.compile("Syntax error on token " + TOKEN + ", (.+?) expected after this token");
    private static final Pattern EXPECTED_BEFORE =
            Pattern.compile("Syntax error on token " + TOKEN + ", (.+?) expected before this token");
    private static final Pattern EXPECTED_INSTEAD =
            Pattern.compile("Syntax error on token " + TOKEN + ", (.+?) expected(?! after| before)");
    private static final Pattern DELETE_TOKEN =
            Pattern.compile("Syntax error on token " + TOKEN + ", delete this token");
    private static final Pattern DELETE_TOKENS = Pattern.compile("Syntax error on tokens, delete these tokens");
    private static final Pattern INSERT =
            Pattern.compile("Syntax error, insert (" + TOKEN + "|\\w+) to complete (\\w+)");

    /** The grammar's names a consequence most often meets, in words; any other is split into its words. */
    private static final Map<String, String> GRAMMAR = Map.ofEntries(
            Map.entry("Expression", "a value"),
            Map.entry("VariableDeclarators", "a name for the variable"),
            Map.entry("VariableDeclarator", "a name for the variable"),
            Map.entry("VariableDeclaratorId", "a name for the variable"),
            Map.entry("LocalVariableDeclaration", "the variable's declaration"),
            Map.entry("LocalVariableDeclarationStatement", "the variable's declaration"),
            Map.entry("BlockStatements", "the statement"),
            Map.entry("BlockStatement", "the statement"),
            Map.entry("Statement", "the statement"),
            Map.entry("Block", "the block"),
            // The consequence is compiled as the body of a class the engine generates around it.
            Map.entry("ClassBody", "the consequence"),
            Map.entry("MethodBody", "the consequence"),
            Map.entry("ArgumentList", "the arguments"),
            Map.entry("MethodInvocation", "the method's call"),
            Map.entry("Identifier", "a name"),
            Map.entry("SimpleName", "a name"),
            Map.entry("Type", "a type"));

    private JavaSyntaxInWords() {}

    /** The message with each syntax error of the forms above in words. */
    static String of(String message) {
        if (!message.contains("Syntax error")) {
            return message;
        }
        String worded = replace(
                message, EXPECTED_AFTER, m -> expected(m.group(2)) + " is expected after " + quoted(m.group(1)));
        worded = replace(
                worded, EXPECTED_BEFORE, m -> expected(m.group(2)) + " is expected before " + quoted(m.group(1)));
        worded = replace(worded, DELETE_TOKEN, m -> quoted(m.group(1)) + " does not belong here: delete it");
        worded = replace(
                worded, EXPECTED_INSTEAD, m -> expected(m.group(2)) + " is expected here, not " + quoted(m.group(1)));
        worded = replace(worded, DELETE_TOKENS, m -> "these words do not belong here: delete them");
        return replace(worded, INSERT, m -> {
            String missing = m.group(2) == null || m.group(2).matches("[A-Z]\\w*")
                    ? grammar(m.group(2) == null ? m.group(1) : m.group(2))
                    : quoted(m.group(2));
            return missing + " is missing here, to complete " + grammar(m.group(3));
        });
    }

    private static String replace(String text, Pattern pattern, java.util.function.Function<Matcher, String> words) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(words.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** What the compiler expected: a name of its grammar in words, or a mark or word of Java quoted. */
    private static String expected(String what) {
        String stripped = what.strip();
        return stripped.matches("[A-Z]\\w*") ? grammar(stripped) : quoted(stripped);
    }

    private static String grammar(String name) {
        String known = GRAMMAR.get(name);
        if (known != null) {
            return known;
        }
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    /** A token in quotes; a string literal is already in its own. */
    private static String quoted(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return token;
        }
        return "\"" + token + "\"";
    }
}
