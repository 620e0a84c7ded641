package org.msettriage.service.store;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a database user that may read the service's tables but not write them: such an
 * instance started, answered health DOWN and every call 503 for as long as it ran, and said only "SQL state
 * 42501" in its log (found by an operator). Any other failure here is a fault like any other, which the
 * store's fault handling reports and recovers from.
 */
@Component
public class StoreWritableAtStart {

    /**
     * "Insufficient privilege" (a user granted only SELECT), "read-only transaction" (a standby, or a user
     * whose transactions are read-only by default) and H2's "database is read only".
     */
    private static final Set<String> READ_ONLY = Set.of("42501", "25006", "90097");

    /** The write that shows the store takes writes; the store's health repeats it during a fault. */
    static void writeProbe(JdbcClient jdbc) {
        jdbc.sql("UPDATE store_probe SET probed_at = :at WHERE probe_id = 1")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    StoreWritableAtStart(JdbcClient jdbc) {
        check(jdbc);
    }

    /** What makes the store take no writes, by the SQL state that said so, and what to do. */
    private static String readOnly(String state) {
        return switch (state) {
            case "25006" ->
                "The database takes no writes: mset.database.url names a standby, or the user"
                        + " mset.database.user has read-only transactions (default_transaction_read_only); point"
                        + " the service at the primary, or clear that setting for the user";
            case "90097" -> "The H2 database file in mset.data-dir is read only; make it writable by the service";
            default ->
                "The database user mset.database.user may read the service's tables but not write them: give"
                        + " it the user that owns them (the one that created them at the first start), or grant"
                        + " it INSERT, UPDATE and DELETE on them";
        };
    }

    /** Writes the store's probe row; refuses the start if the user may not. */
    public static void check(JdbcClient jdbc) {
        try {
            writeProbe(jdbc);
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && READ_ONLY.contains(sql.getSQLState())) {
                throw new StartRefusedException(readOnly(sql.getSQLState()) + " (SQL state " + sql.getSQLState()
                        + "); the service would answer every call 503.");
            }
        }
    }
}
