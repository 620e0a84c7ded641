package org.msettriage.service.store;

import java.sql.SQLException;
import java.util.Optional;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A start that cannot open its embedded H2 file, because the file is damaged or another process holds it,
 * reads as Boot's short report naming the file and what to do. A damaged file printed about 107 lines of
 * frames and no report at all (found by a new operator). Said from the SQL state and the configured URL,
 * never H2's message. Registered in {@code META-INF/spring.factories}.
 */
public class DatabaseFileUnusableAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's "file corrupted": a part of the file does not read as H2 wrote it. */
    static final String DAMAGED = "90030";
    /** H2's "database may be already in use": another process holds the file open. */
    public static final String IN_USE = "90020";

    private final Environment environment;

    public DatabaseFileUnusableAnalyzer(Environment environment) {
        this.environment = environment;
    }

    /** What to do about a damaged file: for the start's report and the commands alike. */
    public static final String RESTORE = "Keep the damaged file aside, do not delete it, and restore the newest"
            + " backup of the database in its place (docs/operations.md, \"Backups and retention\", Restoring);"
            + " then start again with the keys that backup was made with and check it against the chain's head"
            + " kept with it.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        Optional<String> problem = problem(cause, file(environment));
        if (problem.isEmpty()) {
            return null;
        }
        if (DAMAGED.equals(cause.getSQLState())) {
            return new FailureAnalysis(
                    problem.get() + " The service stopped there; nothing was changed and no referral was taken.",
                    RESTORE,
                    cause);
        }
        return new FailureAnalysis(
                problem.get() + " Nothing was changed and no referral was taken.",
                "Stop that process, or give this instance its own mset.data-dir, and start again.",
                cause);
    }

    /**
     * Why the embedded database file could not be opened, naming it, from the SQL state alone (never H2's
     * message); empty for any other failure. The start's report and the commands say it in the same words.
     */
    public static Optional<String> problem(SQLException cause, String file) {
        if (DAMAGED.equals(cause.getSQLState())) {
            // H2 says the same of a file it never wrote (another program's, or one overwritten).
            return Optional.of("The database file " + file + " could not be read: it is damaged, or is not an H2"
                    + " database file at all (SQL state " + DAMAGED + ").");
        }
        if (IN_USE.equals(cause.getSQLState())) {
            return Optional.of("The database file " + file + " is in use by another process: another instance of"
                    + " the service, or an audit command, holds it open (SQL state " + IN_USE + ").");
        }
        return Optional.empty();
    }

    /** The file the configured URL names, as the start opens it; the setting's name when it names none. */
    public static String file(Environment environment) {
        return DataFolderCheck.embeddedDatabase(environment)
                .map(database -> DataFolderCheck.fileOf(database).toString())
                .orElse("in mset.data-dir");
    }
}
