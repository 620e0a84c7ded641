package org.msettriage.service.problem;

import java.util.regex.Pattern;

/**
 * One problem in a request body: an RFC 6901 JSON pointer to the field, and what is wrong with it.
 *
 * @param node where the refused value is in the body, so it can be set aside ({@link BadNodes}): the
 *     pointer itself, unless the pointer names the field's object because the field's own name is withheld
 */
public record FieldProblem(String pointer, String message, String node) {

    /**
     * A field name a problem may repeat: as the API's own are (letters, digits and underscores, not first a
     * digit, at most 64), so an integrator can find a misspelt field. Any other (markup, a control
     * character, a space, a child's name or birthday, a name of any length) is never repeated.
     */
    private static final Pattern REPEATABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public FieldProblem(String pointer, String message) {
        this(pointer, message, pointer);
    }

    /** The pointer of a child field; '~' and '/' in names are escaped as RFC 6901 says. */
    public static String child(String parentPointer, String name) {
        return parentPointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String item(String parentPointer, int index) {
        return parentPointer + "/" + index;
    }

    /** Whether a name a caller wrote may be repeated in a problem (see {@link #REPEATABLE_NAME}). */
    public static boolean repeatable(String name) {
        return REPEATABLE_NAME.matcher(name).matches();
    }

    /**
     * A field the body should not have: by its own pointer when its name may be repeated; otherwise by its
     * object's pointer and its place in that object (from 1, in the order sent), its name withheld.
     *
     * @param message what is wrong, as said of a named field ("is not a field of this request ...")
     */
    public static FieldProblem unknownField(String parentPointer, String name, int position, String message) {
        String pointer = child(parentPointer, name);
        if (repeatable(name)) {
            return new FieldProblem(pointer, message);
        }
        return new FieldProblem(
                parentPointer,
                "field number " + position + " of this object, in the order sent, whose name is not repeated (it is"
                        + " not 1 to 64 letters, digits and underscores), " + message,
                pointer);
    }
}
