package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On one H2 connection, as a pooled connection is reused: each statement runs with its own time limit, and
 * the connection's limit is set only when it changes.
 */
class TimeoutPerStatementJdbcTemplateTest {

    private static final String SESSION_LIMIT =
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT'";

    /** Every limit set on the connection's statements, in seconds, in order. */
    private final List<Integer> limitsSet = new ArrayList<>();

    private final Connection connection = counting(open());
    private final SingleConnectionDataSource database = new SingleConnectionDataSource(connection, true);

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aStatementThatWantsNoLimitIsNotCutByTheLimitOfTheOneBefore() {
        limited(10).queryForObject("SELECT 1", Integer.class);

        assertThat(sessionLimit(new TimeoutPerStatementJdbcTemplate(database))).isEqualTo("0");
        // Why the class exists: Spring's own template leaves the earlier statement's limit on an H2 connection.
        limited(10).queryForObject("SELECT 1", Integer.class);
        assertThat(sessionLimit(new JdbcTemplate(database))).isEqualTo("10000");
    }

    @Test
    void aStatementRunsWithItsOwnLimitAndATransactionsRemainingTimeComesFirst() {
        assertThat(sessionLimit(limited(10))).isEqualTo("10000");

        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        transaction.setTimeout(5);
        int inTransaction = Integer.parseInt(transaction.execute(status -> sessionLimit(limited(10))));
        assertThat(inTransaction).isBetween(1000, 5000);
    }

    @Test
    void theConnectionsLimitIsSetOnlyWhenAStatementWantsADifferentOne() {
        JdbcTemplate limited = limited(10);
        JdbcTemplate unlimited = new TimeoutPerStatementJdbcTemplate(database);

        for (int i = 0; i < 5; i++) {
            limited.queryForObject("SELECT 1", Integer.class);
        }
        unlimited.queryForObject("SELECT 1", Integer.class);
        unlimited.update("SET @UNUSED = 1");
        limited.queryForObject("SELECT 1", Integer.class);

        assertThat(limitsSet).containsExactly(10, 0, 10);
    }

    @Test
    void aTransactionWhoseTimeIsUpRunsNoMoreStatements() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        transaction.setTimeout(1);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    pause(Duration.ofMillis(1100));
                    limited(10).queryForObject("SELECT 1", Integer.class);
                }))
                .isInstanceOf(TransactionTimedOutException.class);
    }

    @Test
    void fetchSizeAndMaxRowsStillApply() {
        JdbcTemplate template = new TimeoutPerStatementJdbcTemplate(database);
        template.setMaxRows(2);
        template.setFetchSize(1);

        assertThat(template.queryForList("SELECT X FROM SYSTEM_RANGE(1, 5)", Integer.class))
                .containsExactly(1, 2);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JdbcTemplate limited(int seconds) {
        JdbcTemplate template = new TimeoutPerStatementJdbcTemplate(database);
        template.setQueryTimeout(seconds);
        return template;
    }

    private static String sessionLimit(JdbcTemplate template) {
        return template.queryForObject(SESSION_LIMIT, String.class);
    }

    private static Connection open() {
        try {
            return DriverManager.getConnection("jdbc:h2:mem:timeouts-" + UUID.randomUUID());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The connection, its statements noting each limit set on them. */
    private Connection counting(Connection real) {
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    Object result = invoke(method, real, arguments);
                    return result instanceof Statement statement ? counting(statement, method.getReturnType()) : result;
                });
    }

    private Object counting(Statement real, Class<?> type) {
        return Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
                    if (method.getName().equals("setQueryTimeout")) {
                        limitsSet.add((Integer) arguments[0]);
                    }
                    return invoke(method, real, arguments);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
