package org.msettriage.service.store;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * What kind of database fault a failure is, in words an operator acts on, with the SQL state kept in
 * brackets for support. Read from the SQL state (H2's and PostgreSQL's) or, where there is none, the
 * failure's type: never from a message, which can quote the statement and the values it was given.
 */
final class StoreFaultKinds {

    /** States that name one fault. H2 gives its own five-digit codes; PostgreSQL the standard's classes. */
    private static final Map<String, String> BY_STATE = Map.ofEntries(
            Map.entry("90030", "the database file is damaged"),
            Map.entry("XX001", "the database's files are damaged"),
            Map.entry("XX002", "an index of the database is damaged"),
            Map.entry("90020", "the database file is in use by another process"),
            Map.entry(
                    "53100",
                    "the disk is full (on the embedded database: short of the reserve that"
                            + " mset.database.disk-reserve keeps)"),
            Map.entry("90100", "the disk is full"),
            Map.entry("HYT00", "a lock timed out: another transaction held what this one needed"),
            Map.entry("55P03", "a lock timed out: another transaction held what this one needed"),
            Map.entry(
                    "40001",
                    "two transactions conflicted and one was refused (a deadlock or a serialization" + " failure)"),
            Map.entry("40P01", "two transactions deadlocked and one was refused"),
            Map.entry("57014", "a statement timed out and was stopped"),
            Map.entry("90097", "the database is read only"),
            Map.entry("25006", "the database is read only"),
            Map.entry("90098", "the database closed itself after an earlier fault"),
            Map.entry("90121", "the database is shutting down"),
            Map.entry("57P01", "the database server is shutting down"),
            Map.entry("57P02", "the database server is shutting down"),
            Map.entry("57P03", "the database server is starting up or shutting down and takes no connection"),
            Map.entry("53300", "the database server takes no more connections"),
            Map.entry("53200", "the database server ran out of memory"),
            Map.entry("58030", "reading or writing the database's files failed"),
            Map.entry("90028", "reading or writing the database file failed"),
            Map.entry("90031", "reading or writing the database file failed"),
            Map.entry("90067", "the connection to the database broke"),
            // A frozen server or host is reached but says nothing: its connections end by their network
            // timeout as these, which "refused connections or could not be reached" misnamed (an operator's trial).
            Map.entry("08006", "the connection to the database broke, or the database stopped answering"),
            Map.entry("08003", "the connection to the database broke, or the database stopped answering"),
            Map.entry("3D000", "the database named in mset.database.url does not exist"),
            Map.entry("42501", "the database user lacks a privilege the service needs"));

    /** States, beside the standard's class 08, of a connection lost or refused rather than a database at fault. */
    private static final Set<String> LOST = Set.of("57P01", "57P02", "57P03", "90067");

    /** Classes of the SQL standard's states, for a state not named above. */
    private static final Map<String, String> BY_CLASS = Map.of(
            "08", "the database refused connections or could not be reached",
            "28", "the database refused the user and password",
            "23", "a constraint failed: the database refused a row that breaks one of its rules",
            "42", "the database did not accept a statement: its tables may not match this version of the service",
            "53", "the database server ran short of a resource");

    private StoreFaultKinds() {}

    /**
     * Whether the failure is a connection lost or refused (the standard's class 08, a server shutting down,
     * H2's broken connection), as against a fault of the database itself (a full disk, a damaged file),
     * which a fresh connection would not mend.
     */
    static boolean lostConnection(Throwable failure) {
        return state(failure)
                .map(state -> state.startsWith("08") || LOST.contains(state))
                .orElse(false);
    }

    /**
     * Whether the database could not be reached or used at all (a connection lost, refused or not had, the
     * user refused, a server short of a resource): an outage the store reports with its frames, as against a
     * failure of one statement (a grammar, a constraint), which its own frames explain.
     */
    static boolean unreachable(Throwable failure) {
        return lostConnection(failure)
                || poolTimedOut(failure)
                || has(failure, CannotGetJdbcConnectionException.class)
                || state(failure)
                        .map(state -> state.startsWith("28") || state.startsWith("53"))
                        .orElse(false);
    }

    /**
     * Whether the pool gave up waiting for a connection: it has already tried fresh ones for its whole
     * timeout.
     */
    static boolean poolTimedOut(Throwable failure) {
        return has(failure, SQLTransientConnectionException.class);
    }

    /** The kind of fault, e.g. "the disk is full [SQL state 53100]". */
    static String inWords(Throwable failure) {
        Optional<String> state = state(failure);
        String words = state.map(StoreFaultKinds::byState).orElseGet(() -> byType(failure));
        return words + " [SQL state " + state.orElse("none") + "]";
    }

    private static String byState(String state) {
        String named = BY_STATE.get(state);
        if (named != null) {
            return named;
        }
        String byClass = state.length() == 5 ? BY_CLASS.get(state.substring(0, 2)) : null;
        return byClass != null ? byClass : "unknown: a fault of a kind the service does not name";
    }

    private static String byType(Throwable failure) {
        if (has(failure, SQLTransientConnectionException.class)) {
            return "no connection to the database came free in time";
        }
        if (has(failure, CannotGetJdbcConnectionException.class)) {
            return "no connection to the database could be opened";
        }
        if (has(failure, QueryTimeoutException.class)
                || has(failure, SQLTimeoutException.class)
                || has(failure, TransactionTimedOutException.class)) {
            return "a statement timed out and was stopped";
        }
        if (has(failure, CannotAcquireLockException.class)) {
            return "a lock timed out: another transaction held what this one needed";
        }
        if (has(failure, DataIntegrityViolationException.class)) {
            return "a constraint failed: the database refused a row that breaks one of its rules";
        }
        if (has(failure, VirtualMachineError.class)) {
            return "the service's Java machine failed while writing (out of memory, say), not the database";
        }
        return "unknown: a fault of a kind the service does not name";
    }

    /** The SQL state of the failure's first cause that gives one. */
    private static Optional<String> state(Throwable failure) {
        return causes(failure)
                .filter(SQLException.class::isInstance)
                .map(t -> ((SQLException) t).getSQLState())
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return causes(failure).anyMatch(type::isInstance);
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause());
    }
}
