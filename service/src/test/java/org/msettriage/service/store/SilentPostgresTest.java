package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.msettriage.service.TestPostgres;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A PostgreSQL server process that stops answering (stopped with SIGSTOP, as a frozen host would be) in
 * the middle of a transaction with a time limit: the commit fails once the limit and the grace are over,
 * instead of waiting for as long as the database is silent (an operator's trial saw calls held for 90 s).
 */
class SilentPostgresTest {

    @Test
    void aCommitToADatabaseThatStoppedAnsweringFailsSoonAfterTheTransactionsLimit() throws SQLException {
        TestPostgres.Database database = TestPostgres.newDatabase();
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
            JdbcTemplate template = new TimeoutPerStatementJdbcTemplate(single);
            long serverProcess = template.queryForObject("SELECT pg_backend_pid()", Long.class);
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(single));
            transaction.setTimeout(1);

            long started = System.nanoTime();
            try {
                assertTimeoutPreemptively(
                        Duration.ofSeconds(30),
                        () -> assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                                    template.update("CREATE TEMPORARY TABLE written (x INT)");
                                    signal("STOP", serverProcess);
                                }))
                                .isInstanceOfAny(TransactionException.class, DataAccessException.class));
            } finally {
                signal("CONT", serverProcess);
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(waited)
                    .isLessThan(Duration.ofMillis(1000 + TimeoutPerStatementJdbcTemplate.SILENCE_GRACE_MILLIS + 3000));
        }
    }

    private static void signal(String signal, long process) {
        try {
            Process kill = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + process)
                    .redirectErrorStream(true)
                    .start();
            String said = new String(kill.getInputStream().readAllBytes());
            assertThat(kill.waitFor()).as(said).isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
