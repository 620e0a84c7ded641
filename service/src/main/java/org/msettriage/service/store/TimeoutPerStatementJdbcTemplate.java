package org.msettriage.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A JdbcTemplate whose every statement runs with its own time limit: the transaction's remaining time, else
 * the template's query timeout, else none at all.
 *
 * <p>Why not Spring's own: H2 keeps a statement's query timeout on the connection ({@code SET QUERY_TIMEOUT}
 * for the whole session), and Spring sets one only for statements that want one. So a pooled H2 connection
 * that once ran a 10-second link lookup cut every later statement on it at 10 seconds, a long audit
 * verification or report included; and each setting bumps H2's schema version, which empties every
 * connection's cache of parsed statements. Here a statement that wants no limit says so, and the limit is set
 * only when it differs from the connection's (PostgreSQL keeps a limit per statement, so there nothing
 * changes).
 *
 * <p>A statement with a limit also bounds how long its connection waits for the database to send anything
 * ({@link Connection#setNetworkTimeout}), for the statement and for the commit after it. PostgreSQL keeps a
 * limit by cancelling the statement when asked over another connection, which a database that has stopped
 * answering (a frozen server or host) never acts on, and a commit has no limit at all: a triage call waited
 * for as long as the database hung, and its decision was stored after the caller had given up (an
 * operator's trial). H2 runs in the process and ignores the setting.
 */
public class TimeoutPerStatementJdbcTemplate extends JdbcTemplate {

    /** No limit, in JDBC's terms. */
    static final int NONE = 0;

    /** How much longer than its statement's limit a connection waits for a database that says nothing. */
    static final int SILENCE_GRACE_MILLIS = 5_000;

    /** PostgreSQL's driver and H2 take no executor for the network timeout; JDBC asks for one. */
    private static final Executor UNUSED = Runnable::run;

    public TimeoutPerStatementJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        if (getFetchSize() != -1) {
            statement.setFetchSize(getFetchSize());
        }
        if (getMaxRows() != -1) {
            statement.setMaxRows(getMaxRows());
        }
        int limit = limitInSeconds();
        if (statement.getQueryTimeout() != limit) {
            statement.setQueryTimeout(limit);
        }
        Connection connection = statement.getConnection();
        int silence = limit == NONE ? NONE : limit * 1000 + SILENCE_GRACE_MILLIS;
        if (connection.getNetworkTimeout() != silence) {
            // The pool puts the connection's own setting back when it is returned.
            connection.setNetworkTimeout(UNUSED, silence);
        }
    }

    /** As Spring's DataSourceUtils.applyTimeout decides it, with "none" made explicit. */
    private int limitInSeconds() {
        if (TransactionSynchronizationManager.getResource(obtainDataSource()) instanceof ConnectionHolder holder
                && holder.hasTimeout()) {
            // Throws once the transaction's time is up, as Spring's own template does.
            return holder.getTimeToLiveInSeconds();
        }
        return Math.max(getQueryTimeout(), NONE);
    }
}
