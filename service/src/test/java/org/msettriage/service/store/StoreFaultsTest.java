package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * A connection that broke in an outage already over is not a new outage while a fresh connection works (a
 * trial on PostgreSQL saw a batch begun during an outage open a second episode, with its ERROR and frames,
 * after the first had ended); a fault of the database itself opens an episode whatever a connection says.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreFaultsTest {

    private static UncategorizedSQLException failure(String state) {
        return new UncategorizedSQLException("triage", "SELECT 1", new SQLException("gone", state));
    }

    private static DataSource answering(boolean answers) throws SQLException {
        DataSource dataSource = mock(DataSource.class);
        if (answers) {
            Connection fresh = mock(Connection.class);
            when(fresh.isValid(anyInt())).thenReturn(true);
            when(dataSource.getConnection()).thenReturn(fresh);
        } else {
            when(dataSource.getConnection()).thenThrow(new SQLException("refused", "08001"));
        }
        return dataSource;
    }

    /** Faults after an outage that has just ended. */
    private static StoreFaults justRecovered(DataSource dataSource) {
        StoreFaults faults = new StoreFaults(dataSource);
        faults.failed(failure("53100"));
        faults.succeeded();
        return faults;
    }

    @Test
    void aConnectionLostJustAfterAnOutageWhileAFreshOneWorksIsNoNewOutage(CapturedOutput output) throws SQLException {
        StoreFaults faults = justRecovered(answering(true));

        faults.failed(failure("57P01"));
        faults.failed(failure("08006"));

        assertThat(faults.failing()).isFalse();
        assertThat(output.getOut()).contains("a fresh one works").containsOnlyOnce("The database failed");
    }

    @Test
    void aNewKindOfFailureWithinAnEpisodeIsSaidOnce(CapturedOutput output) throws SQLException {
        StoreFaults faults = new StoreFaults(answering(false));

        faults.failed(failure("57P01"));
        faults.failed(failure("28P01"));
        faults.failed(failure("28P01"));
        faults.failed(failure("57P01"));

        assertThat(output.getOut())
                .containsOnlyOnce("The database failed: the database server is shutting down")
                .containsOnlyOnce("now also fails so: the database refused the user and password");
    }

    @Test
    void aCallFailingWhileTheServiceStopsIsNoOutage(CapturedOutput output) throws SQLException {
        // An operator's trial: every stop ended with an ERROR for the service's own pool closing.
        StoreFaults faults = new StoreFaults(answering(false));
        faults.destroy();

        faults.failed(new CannotGetJdbcConnectionException("pool closed"));
        faults.failed(new CannotGetJdbcConnectionException("pool closed"));

        assertThat(faults.failing()).isFalse();
        assertThat(output.getOut())
                .doesNotContain("The database failed")
                .containsOnlyOnce("failed while the service stopped");
    }

    @Test
    void aConnectionLostJustAfterAnOutageWhileNoneCanBeOpenedIsAnOutage() throws SQLException {
        StoreFaults faults = justRecovered(answering(false));

        faults.failed(failure("57P01"));

        assertThat(faults.failing()).isTrue();
    }

    @Test
    void aConnectionLostWithNoOutageJustOverIsReportedThoughAFreshOneWorks(CapturedOutput output) throws SQLException {
        // A server that crashed and recovered at once is still worth an operator's look.
        StoreFaults faults = new StoreFaults(answering(true));

        faults.failed(failure("57P02"));

        assertThat(faults.failing()).isTrue();
        assertThat(output.getOut()).contains("The database failed: the database server is shutting down");
    }

    @Test
    void thePoolGivingUpIsAnOutageWithoutWaitingForAnotherConnection() throws SQLException {
        DataSource dataSource = answering(true);
        StoreFaults faults = justRecovered(dataSource);

        faults.failed(new CannotGetJdbcConnectionException(
                "no connection", new SQLTransientConnectionException("timed out", "08001")));

        assertThat(faults.failing()).isTrue();
        verify(dataSource, never()).getConnection();
    }

    @Test
    void aFaultOfTheDatabaseItselfIsAnOutageWhateverAConnectionSays() throws SQLException {
        StoreFaults faults = justRecovered(answering(true));

        faults.failed(failure("53100"));

        assertThat(faults.failing()).isTrue();
    }
}
