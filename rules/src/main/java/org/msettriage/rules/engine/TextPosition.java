package org.msettriage.rules.engine;

/**
 * Where an offset in a ruleset or scenario file is, as an editor shows it: 1-based line and column. One
 * place for it, because every validation problem a policy lead is sent to is placed this way.
 */
public final class TextPosition {

    private TextPosition() {}

    public static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public static int columnOf(String text, int offset) {
        return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    }
}
