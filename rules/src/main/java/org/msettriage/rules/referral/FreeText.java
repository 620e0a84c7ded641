package org.msettriage.rules.referral;

/** The policy's reading of free text: empty or only whitespace counts as absent. */
public final class FreeText {

    private FreeText() {}

    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public static boolean isPresent(String text) {
        return orNull(text) != null;
    }
}
