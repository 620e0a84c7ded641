package org.msettriage.rules.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Java compiler's syntax errors in a consequence, told in words a policy lead reads: the compiler names
 * its grammar ("Syntax error, insert VariableDeclarators to complete LocalVariableDeclaration", met in a
 * trial), which says what it wanted in terms of a parser. Each error keeps where it was placed; only its
 * words change, and an error of another form is left as the compiler wrote it.
 */
final class JavaSyntaxInWords {

    // One error each, matched whole: a token as the compiler quotes it, quotes inside included ("\"b\"").
    private static final Pattern EXPECTED_AFTER =
            Pattern.compile("Syntax error on token \"(.*)\", (.+) expected after this token");
    private static final Pattern EXPECTED_BEFORE =
            Pattern.compile("Syntax error on token \"(.*)\", (.+) expected before this token");
    private static final Pattern EXPECTED_INSTEAD = Pattern.compile("Syntax error on token \"(.*)\", (.+) expected");
    private static final Pattern DELETE_TOKEN = Pattern.compile("Syntax error on token \"(.*)\", delete this token");
    private static final Pattern DELETE_TOKENS = Pattern.compile("Syntax error on tokens, delete these tokens");
    private static final Pattern INSERT =
            Pattern.compile("Syntax error, insert (?:\"(.*)\"|(\\w+)) to complete (\\w+)");
    private static final String SYNTAX_ERROR = "Syntax error";

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

    /**
     * The message with each syntax error of the forms above in words. A message holds one error or several
     * joined by "; " (RulesetCompiler.oneLine), each worded on its own: matched across two, a pattern told
     * the policy lead the wrong thing and lost the second (found by a review).
     */
    static String of(String message) {
        if (!message.contains(SYNTAX_ERROR)) {
            return message;
        }
        // Not at "; " after ", ": that is the mark ";" the compiler expected ("..., ; expected").
        return Arrays.stream(message.split("(?<!, ); ", -1))
                .map(JavaSyntaxInWords::oneError)
                .collect(Collectors.joining("; "));
    }

    /** One error in words, after whatever precedes it (Drools' "Rule Compilation error " before the first). */
    private static String oneError(String error) {
        int at = error.indexOf(SYNTAX_ERROR);
        if (at < 0) {
            return error;
        }
        String before = error.substring(0, at);
        String syntax = error.substring(at);
        Matcher m;
        if ((m = EXPECTED_AFTER.matcher(syntax)).matches()) {
            return before + expected(m.group(2)) + " is expected after " + quoted(m.group(1));
        }
        if ((m = EXPECTED_BEFORE.matcher(syntax)).matches()) {
            return before + expected(m.group(2)) + " is expected before " + quoted(m.group(1));
        }
        if ((m = DELETE_TOKEN.matcher(syntax)).matches()) {
            return before + quoted(m.group(1)) + " does not belong here: delete it";
        }
        if ((m = EXPECTED_INSTEAD.matcher(syntax)).matches()) {
            return before + expected(m.group(2)) + " is expected here, not " + quoted(m.group(1));
        }
        if (DELETE_TOKENS.matcher(syntax).matches()) {
            return before + "these words do not belong here: delete them";
        }
        if ((m = INSERT.matcher(syntax)).matches()) {
            String missing = m.group(1) == null || m.group(1).matches("[A-Z]\\w*")
                    ? grammar(m.group(1) == null ? m.group(2) : m.group(1))
                    : quoted(m.group(1));
            return before + missing + " is missing here, to complete " + grammar(m.group(3));
        }
        return error;
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
