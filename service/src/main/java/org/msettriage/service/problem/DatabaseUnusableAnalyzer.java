package org.msettriage.service.problem;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/**
 * A start that cannot use its database reads as Boot's short report naming the setting to look at, not as
 * a hundred lines of frames whose last "Caused by" an operator has to dig out (found by an operator giving
 * a wrong password, a closed port, an unknown host and a missing database). Said from the SQL state alone,
 * never the server's message. Registered in {@code META-INF/spring.factories}.
 */
public class DatabaseUnusableAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!named(cause)) {
            // A failed migration or a passing fault: Boot's own report keeps the script and its cause.
            return null;
        }
        return new FailureAnalysis(
                inWords(cause),
                "Correct the setting named above (docs/operations.md, \"Running on PostgreSQL\") and start again."
                        + " No referral was taken.",
                cause);
    }

    /**
     * Whether the failure is one this says in words: a setting to correct. An embedded file that is damaged
     * or held by another process is said by the store's own analyzer, which names the file.
     */
    public static boolean named(SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        return state.startsWith("28") || state.startsWith("08") || state.equals("3D000") || state.equals("42501");
    }

    /** Why the database could not be used, naming the setting to look at; also for the commands. */
    public static String inWords(SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        return what(state, cause) + " (" + cause.getClass().getSimpleName() + ", SQL state " + state + ").";
    }

    private static String what(String state, SQLException cause) {
        if (state.startsWith("28")) {
            return "The database refused the user and password given (mset.database.user and"
                    + " mset.database.password on PostgreSQL)";
        }
        if (state.equals("3D000")) {
            return "The database named in mset.database.url does not exist on that server";
        }
        if (state.startsWith("08")) {
            return "Nothing answered at mset.database.url: the host is unknown, or no database server listens at"
                    + " that host and port" + rootCause(cause);
        }
        if (state.equals("42501")) {
            return "The database user mset.database.user may not create or change the service's tables";
        }
        return "The database could not be used";
    }

    /** What lay under the connection failure (an unknown host, a refused connection), by its type only. */
    private static String rootCause(Throwable failure) {
        Throwable root = NestedExceptionUtils.getRootCause(failure);
        return root == null ? "" : "; under it, " + root.getClass().getSimpleName();
    }
}
