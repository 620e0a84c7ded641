package org.msettriage.service.problem;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Describes a failure for the log by its exception types and where they were thrown, never by their
 * messages: a message can quote the request, and a request is about a child.
 */
public final class SafeTrace {

    private static final int FRAMES = 8;

    private SafeTrace() {}

    /** The failure's exception types, cause after cause, on one line: for a person, who needs no frames. */
    public static String typesOf(Throwable failure) {
        return causes(failure)
                .map(t -> t.getClass().getSimpleName()
                        + (t instanceof SQLException sql ? " (SQL state " + sql.getSQLState() + ")" : ""))
                .collect(Collectors.joining(", caused by "));
    }

    public static String describe(Throwable failure) {
        return causes(failure)
                .map(t -> t.getClass().getName()
                        // The database's own codes say what failed (H2 90097: opened read only) and quote nothing.
                        + (t instanceof SQLException sql
                                ? " (SQL state " + sql.getSQLState() + ", error code " + sql.getErrorCode() + ")"
                                : "")
                        + Arrays.stream(t.getStackTrace())
                                .limit(FRAMES)
                                .map(frame -> "\n    at " + frame)
                                .collect(Collectors.joining()))
                .collect(Collectors.joining("\n  caused by "));
    }

    /** The failure and each cause in turn, stopping at a cause that names itself. */
    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause());
    }
}
