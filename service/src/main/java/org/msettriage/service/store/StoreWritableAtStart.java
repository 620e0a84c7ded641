package org.msettriage.service.store;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** PostgreSQL's (and the standard's) "insufficient privilege". */
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    StoreWritableAtStart(JdbcClient jdbc) {
        check(jdbc);
    }

    /** Writes the store's probe row; refuses the start if the user may not. */
    public static void check(JdbcClient jdbc) {
        try {
            jdbc.sql("UPDATE store_probe SET probed_at = :at WHERE probe_id = 1")
                    .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql
                    && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                throw new StartRefusedException("The database user mset.database.user may read the service's"
                        + " tables but not write them (SQL state " + INSUFFICIENT_PRIVILEGE + "): give it the"
                        + " user that owns them (the one that created them at the first start), or grant it"
                        + " INSERT, UPDATE and DELETE on them.");
            }
        }
    }
}
