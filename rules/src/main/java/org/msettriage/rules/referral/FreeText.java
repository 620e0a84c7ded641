package org.msettriage.rules.referral;

/**
 * The policy's reading of free text: empty or only whitespace counts as absent. Whitespace is Unicode's
 * (its White_Space property), not Java's {@code isBlank}, which sees neither the no-break spaces (U+00A0,
 * U+2007, U+202F) nor NEXT LINE (U+0085): an approver of one no-break space is no approver.
 */
public final class FreeText {

    private static final int NEXT_LINE = 0x85;

    private FreeText() {}

    public static String orNull(String text) {
        return isBlank(text) ? null : text;
    }

    public static boolean isPresent(String text) {
        return !isBlank(text);
    }

    /** True for null, empty, or nothing but Unicode whitespace. */
    public static boolean isBlank(String text) {
        return text == null
                || text.codePoints()
                        .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == NEXT_LINE);
    }
}
