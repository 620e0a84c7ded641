package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded database gets no connection while its disk holds less than the reserve, and gets them
 * again once the space is back; a database server's data source is left alone.
 */
class DiskReserveTest {

    private static final Path FOLDER = Path.of("/srv/mset/data");
    private static final long MB = 1024 * 1024;

    private final AtomicLong free = new AtomicLong(500 * MB);
    private final AtomicInteger looks = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1);
    private final DiskReserve reserve = new DiskReserve(
            FOLDER,
            256 * MB,
            () -> {
                looks.incrementAndGet();
                return free.get();
            },
            now::get);

    @Test
    void aDiskShortOfTheReserveGivesNoConnectionUntilTheSpaceIsBack() {
        assertThatCode(reserve::check).doesNotThrowAnyException();

        free.set(10 * MB);
        later();
        assertThatThrownBy(reserve::check)
                .isInstanceOf(SQLTransientConnectionException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("53100"));

        free.set(300 * MB);
        later();
        assertThatCode(reserve::check).doesNotThrowAnyException();
    }

    @Test
    void theDiskIsAskedAtMostOnceInAQuarterSecondHoweverManyCallsCome() {
        for (int i = 0; i < 100; i++) {
            assertThatCode(reserve::check).doesNotThrowAnyException();
        }
        assertThat(looks.get()).isEqualTo(1);

        free.set(10 * MB);
        now.addAndGet(DiskReserve.LOOK_EVERY_NANOS - 1);
        assertThatCode(reserve::check).as("still the last look's answer").doesNotThrowAnyException();
        now.addAndGet(1);
        assertThatThrownBy(reserve::check).isInstanceOf(SQLTransientConnectionException.class);
        assertThat(looks.get()).isEqualTo(2);
    }

    @Test
    void aDiskThatCannotSayWhatItHoldsIsNotRefused() {
        DiskReserve unknown = new DiskReserve(
                FOLDER,
                256 * MB,
                () -> {
                    throw new IOException("no such file system");
                },
                now::get);
        assertThatCode(unknown::check).doesNotThrowAnyException();
    }

    @Test
    void theDataSourceAsksTheReserveBeforeThePool() throws SQLException {
        DataSource pool = mock(DataSource.class);
        when(pool.getConnection()).thenReturn(mock(Connection.class));
        DataSource reserved = new DiskReservedDataSource(pool, reserve);

        assertThat(reserved.getConnection()).isNotNull();
        free.set(0);
        later();
        assertThatThrownBy(reserved::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        verify(pool, times(1)).getConnection();
    }

    @Test
    void onlyTheEmbeddedFileDatabaseIsGivenAReserve() {
        DataSource pool = mock(DataSource.class);
        MockEnvironment h2 =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:/srv/mset/data/mset");
        MockEnvironment postgres =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/mset");

        assertThat(new DiskReserveForEmbeddedDatabase(h2).postProcessAfterInitialization(pool, "dataSource"))
                .isInstanceOf(DiskReservedDataSource.class);
        assertThat(new DiskReserveForEmbeddedDatabase(postgres).postProcessAfterInitialization(pool, "dataSource"))
                .isSameAs(pool);
        assertThat(new DiskReserveForEmbeddedDatabase(h2).postProcessAfterInitialization(pool, "otherSource"))
                .isSameAs(pool);
    }

    @Test
    void theReserveIsASizeAnOperatorWritesInWords() {
        assertThat(DiskReserveSetting.bytes(new MockEnvironment())).isEqualTo(256L * 1024 * 1024);
        assertThat(DiskReserveSetting.bytes(new MockEnvironment().withProperty(DiskReserveSetting.NAME, "1GB")))
                .isEqualTo(1024L * 1024 * 1024);
        assertThat(DiskReserveSetting.bytes(new MockEnvironment().withProperty(DiskReserveSetting.NAME, "0B")))
                .isZero();
        assertThatThrownBy(() ->
                        DiskReserveSetting.bytes(new MockEnvironment().withProperty(DiskReserveSetting.NAME, "lots")))
                .isInstanceOf(StartRefusedException.class)
                .hasMessage("mset.database.disk-reserve: 'lots' is not an amount of disk space; write it like"
                        + " 256MB or 1GB (0B keeps no reserve); nothing was started.");
    }

    @Test
    void aStartOnADiskShortOfTheReserveIsRefusedInWords() {
        assertThat(DiskReserve.shortAtStart(FOLDER, 300 * MB, 256 * MB)).isEmpty();
        assertThat(DiskReserve.shortAtStart(FOLDER, 12 * MB, 256 * MB))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("The disk of the data folder /srv/mset/data has 12 MB free, less than the 256 MB")
                        .contains("mset.database.disk-reserve")
                        .endsWith("nothing was started."));
    }

    private void later() {
        now.addAndGet(DiskReserve.LOOK_EVERY_NANOS);
    }
}
