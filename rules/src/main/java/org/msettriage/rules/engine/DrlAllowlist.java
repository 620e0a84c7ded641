package org.msettriage.rules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.msettriage.rules.engine.DrlTokens.Token;
import org.msettriage.rules.engine.DrlTokens.Type;

/**
 * Refuses any DRL that could do more than decide. A rule runs inside the service, beside the database, the
 * audit keys and every child's data, so a candidate may name only the classes {@link AllowedTypes} lists,
 * call no member that leads to reflection or the running session, and use no statement that loops,
 * throws or declares a class. Every token of every file is read, before anything is compiled or run.
 *
 * <p>It is an allowlist for names: a class is refused unless listed, whether named plainly, qualified,
 * imported, or as a declared type's field or supertype. Members are reached only through values of those
 * classes, so a short denylist of the members that escape from a value (getClass and the like) closes them.
 */
final class DrlAllowlist {

    private static final String WHY =
            "; a rule may use only the fact classes, the policy tables, Findings and plain JDK value and"
                    + " collection types";

    /** How deeply brackets may nest: Drools' parsers recurse per level, and the packaged rules need few. */
    static final int MAX_NESTING = 32;

    /**
     * A call inside a pattern's own parentheses, outside any consequence: a method of the fact the pattern
     * matches ({@code Episode( endedWithin($days) )}), which the fact's class (one of the allowed) defines.
     */
    private boolean constraintCall(int i) {
        String owner = layout.owner(i);
        return !layout.inConsequence(i) && owner != null && !owner.isEmpty() && Character.isUpperCase(owner.charAt(0));
    }

    private final String file;
    private final String text;
    private final List<Token> tokens;
    private final List<RulesetProblem> problems = new ArrayList<>();
    private final Set<String> visible = new HashSet<>();
    private final Set<String> wildcardPackages = new HashSet<>();
    private final DrlLayout layout;

    private DrlAllowlist(RulesetFile file) {
        this.file = file.name();
        this.text = file.content();
        this.tokens = DrlTokens.of(text);
        this.layout = new DrlLayout(tokens);
    }

    /** Everything in the ruleset's DRL files that a rule may not use, each at its file, line and column. */
    static List<RulesetProblem> refused(List<RulesetFile> files) {
        List<RulesetProblem> problems = new ArrayList<>();
        for (RulesetFile file : files) {
            if (file.isDrl()) {
                problems.addAll(new DrlAllowlist(file).check());
            }
        }
        return problems;
    }

    private List<RulesetProblem> check() {
        int control = controlCharacter(text);
        if (control >= 0) {
            // Java ignores most control characters inside names (get\u0001Class is getClass to javac), and
            // a rule's text needs none but tabs and line breaks.
            refuse(
                    control,
                    String.format("U+%04X", (int) text.charAt(control)),
                    "control characters are not allowed in DRL; only tabs and line breaks");
            return problems;
        }
        int escape = text.indexOf('\\');
        if (escape >= 0) {
            // Java reads backslash-u escapes before anything else, even in comments and strings, and escapes
            // are where two readers of a string disagree: a rule needs none, so none is read.
            refuse(escape, "\\", "backslash escapes are not allowed in DRL: write the character itself");
            return problems;
        }
        int textBlock = text.indexOf("\"\"\"");
        if (textBlock >= 0) {
            refuse(textBlock, "\"\"\"", "text blocks are not allowed in DRL: a rule's text is one line");
            return problems;
        }
        Token unclosed = unclosedText();
        if (unclosed != null) {
            // Past an unclosed quote every text and name is out of step: a policy lead's trial got 20
            // problems for one missing quote, all about words of the rules' own texts.
            refuse(
                    unclosed.offset(),
                    "text",
                    "the text opened here does not end on its line: close it with its quote ("
                            + unclosed.text().charAt(0) + ") on the line it opens");
            return problems;
        }
        if (tooDeep()) {
            return problems;
        }
        declaredTypes();
        int i = 0;
        while (i < tokens.size()) {
            i = checkAt(i);
        }
        return problems;
    }

    /** The first text whose closing quote is missing: it runs past its line, or to the end of the file. */
    private Token unclosedText() {
        for (Token token : tokens) {
            String literal = token.text();
            if (token.type() == Type.TEXT
                    && (literal.indexOf('\n') >= 0
                            || literal.indexOf('\r') >= 0
                            || literal.length() < 2
                            || literal.charAt(literal.length() - 1) != literal.charAt(0))) {
                return token;
            }
        }
        return null;
    }

    /** The offset of the first control character other than a tab or a line break, or -1. */
    private static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f') || ch == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    /** Refuses brackets nested beyond {@link #MAX_NESTING}, which Drools' parsers would recurse on until the stack overflows. */
    private boolean tooDeep() {
        int depth = 0;
        for (Token token : tokens) {
            if (token.is("(") || token.is("[") || token.is("{")) {
                if (++depth > MAX_NESTING) {
                    refuse(
                            token.offset(),
                            token.text(),
                            "brackets nest more than " + MAX_NESTING + " deep here; write the expression in steps");
                    return true;
                }
            } else if ((token.is(")") || token.is("]") || token.is("}")) && depth > 0) {
                depth--;
            }
        }
        return false;
    }

    /** Checks the token at i and returns the index of the next one to check. */
    private int checkAt(int i) {
        Token token = tokens.get(i);
        if (token.type() == Type.TEXT) {
            checkText(token);
            return i + 1;
        }
        if (token.type() == Type.SYMBOL) {
            checkSymbol(i);
            return i + 1;
        }
        if (token.type() != Type.NAME) {
            return i + 1;
        }
        Token before = i > 0 ? tokens.get(i - 1) : null;
        String name = token.text();
        if (!name.chars().allMatch(c -> c < 128)) {
            // Java ignores some characters inside names (a soft hyphen, U+00AD), so a name may hide getClass.
            refuse(token.offset(), name, "names in DRL are plain ASCII letters, digits, _ and $");
            return i + 1;
        }
        if (DrlNames.REFUSED_MEMBERS.contains(name)) {
            refuse(token.offset(), name, "the member " + name + " leads outside the rules");
            return i + 1;
        }
        if (DrlNames.UNBOUNDED_MEMBERS.contains(name)) {
            refuse(
                    token.offset(),
                    name,
                    "the member " + name + " does as much work as the number it is given, without bound");
            return i + 1;
        }
        if (DrlNames.UNREPEATABLE_MEMBERS.contains(name)) {
            refuse(
                    token.offset(),
                    name,
                    "the member " + name + " reads the clock, chance or an object's identity, so the same referral"
                            + " could be decided differently from one run to the next; a rule's moment is the"
                            + " referral's assessedAt");
            return i + 1;
        }
        if (name.equals("end") && layout.inConsequence(i) && !layout.endsRule(i)) {
            refuse(token.offset(), name, "\"end\" closes a rule; it is not a name");
            return i + 1;
        }
        if (before != null && (before.is(".") || before.is("::"))) {
            return i + 1;
        }
        if (before != null && before.is("@")) {
            return annotationAt(i);
        }
        switch (name) {
            case "package":
                return packageAt(i);
            case "import":
                return importAt(i);
            case "dialect":
                return dialectAt(i);
            case "new":
                anonymousClassAt(i);
                return i + 1;
            case "declare":
                return i + 1 + (next(i, "enum") ? 1 : 0) + (nameAt(i + 1) ? 1 : 0);
            default:
                break;
        }
        if (DrlNames.REFUSED_WORDS.contains(name)) {
            refuse(
                    token.offset(),
                    name,
                    "\"" + name + "\" is not part of a rule: rules do not loop, throw,"
                            + " synchronise or declare classes");
        } else if (next(i, "(") && !DrlNames.callableWithoutReceiver(name) && !constraintCall(i)) {
            refuse(
                    token.offset(),
                    name,
                    "a call without a receiver reaches the code Drools generates around the"
                            + " rule; call methods on a value or a listed class");
        } else if (DrlNames.PASS_ON_ONLY.contains(name) && !passedToFindings(i)) {
            refuse(token.offset(), name, passedOnOnly(i, name));
        } else if (Character.isUpperCase(name.charAt(0))) {
            if (!visible.contains(name)
                    && !AllowedTypes.visibleWithoutImport(name)
                    && !AllowedTypes.inOpenPackage(name, wildcardPackages)) {
                refuse(token.offset(), name, "the class " + name + " is not one a rule may use" + WHY);
            }
        } else if (next(i, ".") && !name.startsWith("$") && (DrlNames.PACKAGE_ROOTS.contains(name) || namesClass(i))) {
            return qualifiedAt(i);
        }
        return i + 1;
    }

    /**
     * Whether the name at i is itself an argument of one of Findings' methods: straight inside the
     * parentheses of {@code Findings.record(...)} and the like, first after the bracket or a comma, and not
     * opened there ({@code kcontext.getKieRuntime()}), handed to another method first
     * ({@code Optional.of(kcontext)}), or held in a variable inside a switch expression given as an argument
     * ({@code switch (1) { default: var k = kcontext; ... }}, found by a red team).
     */
    private boolean passedToFindings(int i) {
        if (!DrlNames.PASSED_TO.contains(String.valueOf(layout.owner(i)))) {
            return false;
        }
        boolean anArgument = tokens.get(i - 1).is("(") || tokens.get(i - 1).is(",");
        boolean opened = next(i, ".") || next(i, "::") || next(i, "[") || next(i, "(");
        return insideCallOfFindings(i) && anArgument && !opened;
    }

    /** Whether the parentheses the token at i stands in are a call of one of Findings' methods, by name. */
    private boolean insideCallOfFindings(int i) {
        int call = layout.openedAt(i) - 1;
        return call >= 2 && tokens.get(call - 1).is(".") && tokens.get(call - 2).is("Findings");
    }

    /**
     * Why kcontext may not stand here: said of a method Findings does not have (Findings.recrod), with the
     * one meant, since the slip there is the method's name, not what is passed to it.
     */
    private String passedOnOnly(int i, String name) {
        String rule = name + " may only be passed on, as in Findings.record(" + name + ", ...)";
        String method = String.valueOf(layout.owner(i));
        if (!insideCallOfFindings(i) || DrlNames.PASSED_TO.contains(method)) {
            return rule;
        }
        return "Findings has no method " + method
                + org.msettriage.rules.policy.EditDistance.nearest(method, DrlNames.PASSED_TO)
                        .map(meant -> "; did you mean Findings." + meant + "?")
                        .orElse("")
                + " (" + rule + ")";
    }

    /** Lambdas and method references: the way to a loop or a recursion without a loop statement. */
    private void checkSymbol(int i) {
        Token token = tokens.get(i);
        if (token.is("::")) {
            refuse(token.offset(), "::", "method references are not part of a rule");
        } else if (token.is("-") && next(i, ">") && tokens.get(i + 1).offset() == token.offset() + 1) {
            refuse(token.offset(), "->", "lambdas are not part of a rule: a rule does not loop or recurse");
        }
    }

    /** Whether the dotted chain from i has a capitalised part, as a class named by its package has. */
    private boolean namesClass(int i) {
        for (int j = i; next(j, ".") && nameAt(j + 2); j += 2) {
            if (Character.isUpperCase(tokens.get(j + 2).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** A qualified class name in code: allowed only if importable; returns the index after it. */
    private int qualifiedAt(int i) {
        int end = i;
        StringBuilder qualified = new StringBuilder(tokens.get(i).text());
        while (next(end, ".") && nameAt(end + 2)) {
            end += 2;
            qualified.append('.').append(tokens.get(end).text());
            if (Character.isUpperCase(tokens.get(end).text().charAt(0))) {
                break;
            }
        }
        if (!AllowedTypes.importable(qualified.toString())) {
            refuse(
                    tokens.get(i).offset(),
                    qualified.toString(),
                    "the class " + qualified + " is not one a rule may" + " use" + WHY);
        }
        return end + 1;
    }

    private int packageAt(int i) {
        Name name = nameFrom(i + 1);
        if (!name.text().equals(AllowedTypes.RULESET_PACKAGE)
                && !name.text().startsWith(AllowedTypes.RULESET_PACKAGE + ".")) {
            refuse(
                    tokens.get(i).offset(),
                    name.text(),
                    "a ruleset's DRL is in package " + AllowedTypes.RULESET_PACKAGE
                            + ", where no other class can be reached by its plain name");
        }
        return name.end();
    }

    private int importAt(int i) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).type() == Type.NAME) {
            String kind = tokens.get(i + 1).text();
            if (kind.equals("static") || kind.equals("function") || kind.equals("accumulate")) {
                Name name = nameFrom(i + 2);
                refuse(
                        tokens.get(i).offset(),
                        name.text(),
                        "\"import " + kind + "\" reaches code outside the"
                                + " rules; import only the classes a rule may use");
                return name.end();
            }
        }
        Name name = nameFrom(i + 1);
        String imported = name.text();
        if (imported.endsWith(".*")) {
            String pkg = imported.substring(0, imported.length() - 2);
            if (AllowedTypes.openPackage(pkg)) {
                wildcardPackages.add(pkg);
            } else {
                refuse(
                        tokens.get(i).offset(),
                        imported,
                        "only the facts and referral packages may be imported whole" + WHY);
            }
        } else if (AllowedTypes.importable(imported)) {
            visible.add(imported.substring(imported.lastIndexOf('.') + 1));
        } else {
            refuse(tokens.get(i).offset(), imported, "the class " + imported + " is not one a rule may use" + WHY);
        }
        return name.end();
    }

    /**
     * Names and texts are copied into the Java that Drools generates, some into comments and some without
     * escaping: one that closes a comment or breaks a line there would become code. A text with a line break
     * never gets here: it is refused first as one left open ({@link #unclosedText}).
     */
    private void checkText(Token token) {
        String literal = token.text();
        if (literal.contains("*/") || literal.contains("/*")) {
            refuse(token.offset(), "text", "a text may not hold a line break, /* or */");
        }
        if (literal.startsWith("'") && literal.indexOf('"') >= 0) {
            // Drools writes a single-quoted text between double quotes, unescaped: a " inside would end it.
            refuse(token.offset(), "text", "a text in single quotes may not hold a double quote");
        }
    }

    /** An annotation's values are literals or plain names (@role(event)): never a call or a path. */
    private int annotationAt(int i) {
        Token token = tokens.get(i);
        if (next(i, ".")) {
            refuse(token.offset(), token.text(), "annotations are named plainly, not by a class");
            return i + 1;
        }
        if (!next(i, "(")) {
            return i + 1;
        }
        int j = i + 2;
        boolean expression = false;
        int line = TextPosition.lineOf(text, tokens.get(i + 1).offset());
        for (; j < tokens.size() && !tokens.get(j).is(")"); j++) {
            Token value = tokens.get(j);
            if (TextPosition.lineOf(text, value.offset()) != line) {
                // Annotations are one line each; reading on would take the rest of the rule as values.
                refuse(
                        token.offset(),
                        "@" + token.text(),
                        "is not closed: the ')' after its value is missing at the end of line " + line);
                return j;
            }
            expression |= value.type() == Type.SYMBOL && !value.is(",") && !value.is("=") && !value.is("-");
            if (value.type() == Type.TEXT) {
                checkText(value);
            } else if (value.type() == Type.NAME && DrlNames.REFUSED_MEMBERS.contains(value.text())) {
                refuse(value.offset(), value.text(), "the member " + value.text() + " leads outside the rules");
            }
        }
        if (expression) {
            // Drools evaluates an annotation's value when it builds the rule, before any check of its own.
            refuse(
                    token.offset(),
                    "@" + token.text(),
                    "an annotation's values are texts, numbers or plain names," + " never expressions");
        }
        return j + 1;
    }

    private int dialectAt(int i) {
        Token value = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (value == null
                || value.type() != Type.TEXT
                || !(value.text().equals("\"java\"") || value.text().equals("'java'"))) {
            refuse(tokens.get(i).offset(), "dialect", "only the java dialect is allowed");
        }
        return i + 1;
    }

    /**
     * new Type(...) { ... } declares a class of its own, with methods the allowlist cannot see run; and
     * new Type[n] sets aside as much memory as n asks.
     */
    private void anonymousClassAt(int i) {
        int j = i + 1;
        while (j < tokens.size()
                && !tokens.get(j).is("(")
                && !tokens.get(j).is("[")
                && !tokens.get(j).is(";")) {
            j++;
        }
        if (j < tokens.size() && tokens.get(j).is("[")) {
            refuse(tokens.get(i).offset(), "new", "arrays are not part of a rule; use List.of(...)");
            return;
        }
        if (j >= tokens.size() || !tokens.get(j).is("(")) {
            return;
        }
        int depth = 0;
        for (; j < tokens.size(); j++) {
            if (tokens.get(j).is("(")) {
                depth++;
            } else if (tokens.get(j).is(")") && --depth == 0) {
                break;
            }
        }
        if (next(j, "{")) {
            refuse(tokens.get(i).offset(), "new", "an anonymous class is not part of a rule");
        }
    }

    /** Types the DRL declares itself become usable names; their fields and supertypes are checked as code. */
    private void declaredTypes() {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("declare")) {
                int nameIndex = tokens.get(i + 1).is("enum") ? i + 2 : i + 1;
                if (!nameAt(nameIndex)) {
                    continue;
                }
                String name = tokens.get(nameIndex).text();
                if (DrlNames.DRL_WORDS.contains(name)) {
                    refuse(tokens.get(nameIndex).offset(), name, "a declared type may not take a word of DRL's own");
                } else if (AllowedTypes.namesAClass(name)) {
                    // Drools then adds to the existing class rather than making one: the name would let a
                    // rule reach java.lang's ProcessBuilder or System.
                    refuse(
                            tokens.get(nameIndex).offset(),
                            name,
                            "declare names a new type; " + name + " is already a class");
                } else {
                    visible.add(name);
                }
            }
        }
    }

    /** A dotted name (possibly ending in .*) from token i, and the index after it. */
    private record Name(String text, int end) {}

    private Name nameFrom(int i) {
        StringBuilder name = new StringBuilder();
        int j = i;
        while (j < tokens.size()) {
            Token token = tokens.get(j);
            boolean part = token.type() == Type.NAME || token.is(".") || token.is("*");
            if (!part
                    || (token.type() == Type.NAME && j > i && !tokens.get(j - 1).is("."))) {
                break;
            }
            name.append(token.text());
            j++;
        }
        return new Name(name.toString(), j);
    }

    private boolean next(int i, String symbol) {
        return i + 1 < tokens.size() && tokens.get(i + 1).is(symbol);
    }

    private boolean nameAt(int i) {
        return i < tokens.size() && tokens.get(i).type() == Type.NAME;
    }

    private void refuse(int offset, String name, String why) {
        problems.add(new RulesetProblem(
                RulesetProblem.Kind.NOT_ALLOWED,
                file,
                TextPosition.lineOf(text, offset),
                TextPosition.columnOf(text, offset),
                "refused " + name + ": " + why));
    }
}
