package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Space the housekeeping frees is written over only after several of its rounds have flushed the file, so
 * a power cut cannot leave the last flushed state pointing into space already reused, whatever the file's
 * URL says and however far apart the rounds are set.
 */
class H2HousekeepingTest {

    @TempDir
    Path folder;

    private JdbcDataSource dataSource;

    private JdbcDataSource file(String settings) {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("housekeeping") + ";WRITE_DELAY=0" + settings);
        dataSource.setUser("sa");
        return dataSource;
    }

    @AfterEach
    void closeTheFile() throws SQLException {
        if (dataSource == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    /**
     * The store's retention after one round. Read through a connection opened before the round: each new
     * connection applies the URL's settings again (the housekeeping raises them again in its next round).
     */
    private int retentionAfterARound(JdbcDataSource file, Duration every) throws SQLException {
        try (Connection connection = file.getConnection()) {
            SessionLocal session =
                    (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            MVStore store = session.getDatabase().getStore().getMvStore();
            new H2Housekeeping(file, every).compact();
            return store.getRetentionTime();
        }
    }

    @Test
    void theUrlsRetentionStandsWhenItCoversFourRounds() throws SQLException {
        assertThat(retentionAfterARound(file(";RETENTION_TIME=1000"), Duration.ofMillis(250)))
                .isEqualTo(1000);
    }

    @Test
    void roundsSetFurtherApartKeepFreedSpaceLonger() throws SQLException {
        assertThat(retentionAfterARound(file(";RETENTION_TIME=1000"), Duration.ofSeconds(1)))
                .isEqualTo(4000);
    }

    @Test
    void noRetentionInTheUrlIsRaisedToFourRounds() throws SQLException {
        assertThat(retentionAfterARound(file(";RETENTION_TIME=0"), Duration.ofMillis(250)))
                .isEqualTo(4 * 250);
    }

    @Test
    void onAnotherDatabaseItStopsAskingForConnectionsAfterTheFirst() {
        // Found by an operator: on PostgreSQL it took a pooled connection four times a second, and logged
        // "H2 housekeeping paused" in every database fault.
        AtomicInteger asked = new AtomicInteger();
        Connection postgres = (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isWrapperFor" -> false;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        DataSource other = (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        asked.incrementAndGet();
                        return postgres;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        H2Housekeeping housekeeping = new H2Housekeeping(other, Duration.ofMillis(250));

        for (int round = 0; round < 5; round++) {
            housekeeping.compact();
        }

        assertThat(asked).hasValue(1);
    }
}
