package org.msettriage.service.problem;

/** One problem in a request body: an RFC 6901 JSON pointer to the field, and what is wrong with it. */
public record FieldProblem(String pointer, String message) {

    /** The pointer of a child field; '~' and '/' in names are escaped as RFC 6901 says. */
    public static String child(String parentPointer, String name) {
        return parentPointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String item(String parentPointer, int index) {
        return parentPointer + "/" + index;
    }
}
