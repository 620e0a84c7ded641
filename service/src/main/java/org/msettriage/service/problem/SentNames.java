package org.msettriage.service.problem;

import java.util.regex.Pattern;

/**
 * Whether a name a caller invented (a query parameter the operation does not take) may be repeated in a
 * problem. Every name the API uses is letters and digits, so one of that form helps a client find its typo;
 * any other (with a space, a dot, a date's digits first) may be a slip that put a child's name or birthday
 * where a name goes, and is never repeated.
 */
public final class SentNames {

    private static final Pattern API_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    /** What a problem names the parameter by when its name is not repeated. */
    static final String WITHHELD = "";

    private SentNames() {}

    public static boolean repeatable(String name) {
        return API_NAME.matcher(name).matches();
    }

    /** The name as a problem gives it: itself, or nothing when it is not of the API's form. */
    static String shown(String name) {
        return repeatable(name) ? name : WITHHELD;
    }
}
