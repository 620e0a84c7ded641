package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msettriage.service.SideWorker;
import org.msettriage.service.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The lease on its own, on H2 and on PostgreSQL: of two instances one holds it, renewal keeps it there,
 * and when the holder stops renewing (it died) the other takes it once it runs out, or at once when the
 * holder hands it over at shutdown.
 */
@SideWorker
class JobLeasesTest {

    private static final LeaseSettings FAST = new LeaseSettings(Duration.ofSeconds(2), Duration.ofMillis(200));

    static Stream<Arguments> databases() {
        TestPostgres.Database postgres = TestPostgres.newDatabase();
        return Stream.of(
                Arguments.of(
                        "H2",
                        new DriverManagerDataSource("jdbc:h2:mem:leases-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")),
                Arguments.of("PostgreSQL", pooled(postgres)));
    }

    /**
     * Pooled, as the service's connections are: a new PostgreSQL connection for each statement (a server
     * process started and a SCRAM handshake for each) made the renewal test take twice as long on
     * PostgreSQL as on H2. JUnit closes it after each test, as it closes every argument that can be.
     */
    private static HikariDataSource pooled(TestPostgres.Database postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.url());
        config.setUsername(postgres.user());
        config.setPassword(postgres.password());
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyOneInstanceHoldsALeaseAndRenewingKeepsIt(String name, DataSource database) throws Exception {
        JdbcClient jdbc = withLeaseTable(database);
        JobLeases first = instance(jdbc);
        JobLeases second = instance(jdbc);

        assertThat(first.holds("work")).isTrue();
        for (int round = 0; round < 15; round++) {
            Thread.sleep(200);
            first.renew();
            assertThat(second.holds("work")).as("round %d", round).isFalse();
            assertThat(first.holds("work")).as("round %d", round).isTrue();
        }
        assertThat(second.holds("other work")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLeaseNoLongerRenewedPassesToAnotherInstanceOnceItRunsOut(String name, DataSource database) throws Exception {
        JdbcClient jdbc = withLeaseTable(database);
        JobLeases dying = instance(jdbc);
        JobLeases survivor = instance(jdbc);
        // Read before the lease is taken: it runs out 2 s after the take, whenever the take returns, and a
        // busy machine can pause this thread for longer than that between the take and a clock read.
        long died = System.nanoTime();
        assertThat(dying.holds("work")).isTrue();

        while (!survivor.holds("work")) {
            assertThat(Duration.ofNanos(System.nanoTime() - died)).isLessThan(Duration.ofSeconds(10));
            Thread.sleep(50);
        }

        // Not before the lease ran out: the survivor took it only once the database's clock passed it.
        assertThat(Duration.ofNanos(System.nanoTime() - died)).isGreaterThan(Duration.ofMillis(1500));
        assertThat(dying.holds("work"))
                .as("the old holder no longer believes it holds it")
                .isFalse();
        assertThat(jdbc.sql("SELECT holder FROM job_lease WHERE name = 'work'")
                        .query(String.class)
                        .single())
                .isEqualTo(survivor.holder());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLeaseHandedOverAtShutdownIsTakenAtOnce(String name, DataSource database) {
        JdbcClient jdbc = withLeaseTable(database);
        JobLeases stopping = instance(jdbc);
        JobLeases other = instance(jdbc);
        assertThat(stopping.holds("work")).isTrue();
        assertThat(other.holds("work")).isFalse();

        stopping.destroy();

        // Well before the lease would have run out (2 s).
        assertThat(instance(jdbc).holds("work")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aReleasedLeaseIsTakenByAnotherAtOnceAndNotRenewedHere(String name, DataSource database) {
        JdbcClient jdbc = withLeaseTable(database);
        JobLeases releasing = instance(jdbc);
        JobLeases other = instance(jdbc);
        assertThat(releasing.holds("work")).isTrue();

        releasing.release("work");
        // A renewal round that began before the release, and reaches this lease after it.
        assertThat(releasing.renew("work")).isFalse();

        // Well before the lease would have run out (2 s), and the renewal did not take it back.
        assertThat(other.holds("work")).isTrue();
        assertThat(releasing.heldHere("work")).isFalse();
    }

    @Test
    void aLeaseTheDatabaseCannotRenewIsLostAndOpensAStoreFault() {
        DataSource database =
                new DriverManagerDataSource("jdbc:h2:mem:leases-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = withLeaseTable(database);
        StoreFaults faults = new StoreFaults(null);
        JobLeases leases = new JobLeases(jdbc, FAST, faults);
        assertThat(leases.holds("work")).isTrue();

        // As a database opened read only, or whose disk is full, refuses the renewal's UPDATE.
        jdbc.sql("DROP TABLE job_lease").update();
        leases.renew();

        assertThat(faults.failing())
                .as("health probes the store while a fault is open")
                .isTrue();
        assertThat(leases.holds("work")).isFalse();
    }

    /** Only the lease table, made by the migration's own statement. */
    private static JdbcClient withLeaseTable(DataSource database) {
        JdbcClient jdbc = JdbcClient.create(database);
        String migration;
        try (InputStream in = JobLeasesTest.class.getResourceAsStream("/db/migration/common/V11__job_leases.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String create = migration.substring(migration.indexOf("CREATE TABLE job_lease"), migration.indexOf(';') + 1);
        jdbc.sql("DROP TABLE IF EXISTS job_lease").update();
        jdbc.sql(create).update();
        return jdbc;
    }

    /** One instance's leases on the shared table, renewed fast. */
    private static JobLeases instance(JdbcClient jdbc) {
        return new JobLeases(jdbc, FAST, new StoreFaults(null));
    }
}
