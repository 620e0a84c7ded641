package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * A database fault's first log line says in words what kind it is, with its SQL state in brackets for
 * support, for the states H2 and PostgreSQL give most; never the statement or values the message quotes.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreFaultKindsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "08001 | the database refused connections or could not be reached",
                "08006 | the connection to the database broke, or the database stopped answering",
                "08003 | the connection to the database broke, or the database stopped answering",
                "28P01 | the database refused the user and password",
                "57014 | a statement timed out and was stopped",
                "53100 | the disk is full",
                "90100 | the disk is full",
                "HYT00 | a lock timed out",
                "55P03 | a lock timed out",
                "40P01 | two transactions deadlocked",
                "23505 | a constraint failed",
                "23503 | a constraint failed",
                "90097 | the database is read only",
                "25006 | the database is read only",
                "90030 | the database file is damaged",
                "90020 | the database file is in use by another process",
                "42P01 | the database did not accept a statement",
                "57P01 | the database server is shutting down",
                "ZZ999 | unknown: a fault of a kind the service does not name",
            })
    void saysTheKindOfFaultFromItsSqlState(String state, String words) {
        SQLException fault = new SQLException("INSERT INTO decision VALUES ('CANARYchild4410')", state);

        String said = StoreFaultKinds.inWords(new UncategorizedSQLException("triage", "SELECT 1", fault));

        assertThat(said).startsWith(words).endsWith("[SQL state " + state + "]");
    }

    @Test
    void withoutAStateTheFailuresTypeSaysTheKind() {
        assertThat(StoreFaultKinds.inWords(new QueryTimeoutException("took too long")))
                .isEqualTo("a statement timed out and was stopped [SQL state none]");
        assertThat(StoreFaultKinds.inWords(new DataAccessResourceFailureException(
                        "pool", new SQLTransientConnectionException("Connection is not available"))))
                .isEqualTo("no connection to the database came free in time [SQL state none]");
        assertThat(StoreFaultKinds.inWords(new IllegalStateException("odd")))
                .isEqualTo("unknown: a fault of a kind the service does not name [SQL state none]");
        assertThat(StoreFaultKinds.inWords(new OutOfMemoryError("Java heap space")))
                .startsWith("the service's Java machine failed while writing");
    }

    @Test
    void theEpisodesFirstLineSaysTheKindAndQuotesNothing(CapturedOutput output) {
        StoreFaults faults = new StoreFaults(null);
        SQLException full = new SQLException("INSERT INTO decision VALUES ('CANARYchild4410')", "53100");

        faults.failed(new UncategorizedSQLException("triage", "INSERT INTO decision VALUES (?)", full));

        assertThat(output.getOut())
                .contains("The database failed: the disk is full (on the embedded database: short of the reserve"
                        + " that mset.database.disk-reserve keeps) [SQL state 53100]. Calls are answered 503 until"
                        + " it works again.")
                .doesNotContain("CANARY")
                .doesNotContain("INSERT");
    }
}
