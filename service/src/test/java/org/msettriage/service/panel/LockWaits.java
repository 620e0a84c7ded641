package org.msettriage.service.panel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who waits on whose row locks, asked of the database itself (H2's sessions table, PostgreSQL's
 * {@code pg_blocking_pids}): a race test sees the moment a write queues behind another's lock instead of
 * sleeping for a guessed while.
 */
record LockWaits(JdbcClient jdbc, String sessionQuery, String waitingQuery) {

    private static final long POLL_MILLIS = 5;
    private static final long GIVE_UP_SECONDS = 20;

    static LockWaits of(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" ->
                    new LockWaits(
                            jdbc,
                            "SELECT SESSION_ID()",
                            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = :session");
                case "PostgreSQL" ->
                    new LockWaits(
                            jdbc,
                            "SELECT pg_backend_pid()",
                            "SELECT COUNT(*) FROM pg_stat_activity WHERE :session = ANY(pg_blocking_pids(pid))");
                default -> throw new IllegalStateException("no lock view known for " + product);
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The session of the calling thread's transaction (the connection it is bound to). */
    int currentSession() {
        return jdbc.sql(sessionQuery).query(Integer.class).single();
    }

    /**
     * Whether the write is seen waiting on a lock the session holds while it is still unfinished; false as
     * soon as it finishes without having waited, or if it neither waits nor finishes in twenty seconds.
     */
    boolean waitsBehind(int session, Future<?> write) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        while (!write.isDone() && System.nanoTime() < giveUp) {
            if (waitingBehind(session) > 0) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    private long waitingBehind(int session) {
        return jdbc.sql(waitingQuery)
                .param("session", session)
                .query(Long.class)
                .single();
    }
}
