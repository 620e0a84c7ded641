package org.msettriage.service.problem;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Describes a failure for the log by its exception types and where they were thrown, never by their
 * messages: a message can quote the request, and a request is about a child.
 */
public final class SafeTrace {

    private static final int FRAMES = 8;

    private SafeTrace() {}

    /** The failure's exception types, cause after cause, on one line: for a person, who needs no frames. */
    public static String typesOf(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(text.length() > 0 ? ", caused by " : "")
                    .append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql) {
                text.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
        }
        return text.toString();
    }

    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append("\n  caused by ");
            }
            text.append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                // The database's own codes say what failed (H2 90097: opened read only) and quote nothing.
                text.append(" (SQL state ")
                        .append(sql.getSQLState())
                        .append(", error code ")
                        .append(sql.getErrorCode())
                        .append(')');
            }
            text.append(Arrays.stream(t.getStackTrace())
                    .limit(FRAMES)
                    .map(frame -> "\n    at " + frame)
                    .collect(Collectors.joining()));
        }
        return text.toString();
    }
}
