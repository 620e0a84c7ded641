package org.msettriage.rules.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a DRL file as the allowlist reads them: names, literals and symbols, with comments
 * dropped and each token's offset kept for its line and column. It reads every part of the file
 * (package, imports, declarations, functions, conditions, consequences, attributes and annotations),
 * so no expression escapes the check by sitting where a tree walker would not look.
 */
final class DrlTokens {

    enum Type {
        NAME,
        NUMBER,
        TEXT,
        SYMBOL
    }

    record Token(Type type, String text, int offset) {

        boolean is(String symbolOrName) {
            return type != Type.TEXT && text.equals(symbolOrName);
        }
    }

    private DrlTokens() {}

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (text.startsWith("//", i)) {
                i = endOfLine(text, i);
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else if (ch == '"' || ch == '\'') {
                int end = endOfQuoted(text, i, ch);
                tokens.add(new Token(Type.TEXT, text.substring(i, end), i));
                i = end;
            } else if (Character.isJavaIdentifierStart(ch)) {
                int end = i + 1;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Type.NAME, text.substring(i, end), i));
                i = end;
            } else if (Character.isDigit(ch)) {
                int end = i + 1;
                while (end < text.length()
                        && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Type.NUMBER, text.substring(i, end), i));
                i = end;
            } else if (text.startsWith("::", i)) {
                tokens.add(new Token(Type.SYMBOL, "::", i));
                i += 2;
            } else {
                tokens.add(new Token(Type.SYMBOL, String.valueOf(ch), i));
                i++;
            }
        }
        return tokens;
    }

    /**
     * Where a line comment ends: at a line feed or a carriage return alone, as Java ends one. Ending only at a
     * line feed would hide code after a lone carriage return from the check (a security trial; today's DRL
     * parser refuses a lone carriage return, but the check should not rest on that).
     */
    private static int endOfLine(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The offset after a quoted literal; an unclosed one runs to the end, where the compiler refuses it. */
    private static int endOfQuoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                i += 2;
            } else if (ch == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
