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
    static final String PROBE_WRITE = "UPDATE store_probe SET probed_at = :at WHERE probe_id = 1";

    StoreWritableAtStart(JdbcClient jdbc) {
        check(jdbc);
    }

    /** Writes the store's probe row; refuses the start if the user may not. */
    public static void check(JdbcClient jdbc) {
        try {
            jdbc.sql(PROBE_WRITE)
                    .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && READ_ONLY.contains(sql.getSQLState())) {
                throw new StartRefusedException("The database user mset.database.user may read the service's"
                        + " tables but not write them (SQL state " + sql.getSQLState() + "): give it the"
                        + " user that owns them (the one that created them at the first start), or grant it"
                        + " INSERT, UPDATE and DELETE on them.");
            }
        }
    }
}
