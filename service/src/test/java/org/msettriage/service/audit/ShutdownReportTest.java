package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msettriage.service.OldStore;
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.store.JobLeases;
import org.msettriage.service.store.LeaseSettings;
import org.msettriage.service.store.StoreFaults;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A graceful shutdown says which job leases this instance held and that it released them, and how many
 * records wait for their seal, on H2 and on PostgreSQL. The context is closed as the service's is: the
 * report runs while the connection pool is still open, which a count that could not be taken would show.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShutdownReportTest {

    @TempDir
    static Path dataDir;

    static Stream<OldStore> stores() {
        return Stream.of(OldStore.h2(dataDir), OldStore.postgres());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aShutdownSaysWhichLeasesItReleasedAndHowManyRecordsWaitForTheirSeal(OldStore store, CapturedOutput output) {
        store.migrateToThisBuild();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        queue(jdbc, "DECISION", 2);
        queue(jdbc, "OUTCOME", 1);

        try (AnnotationConfigApplicationContext context = serviceParts(store)) {
            JobLeases leases = context.getBean(JobLeases.class);
            assertThat(leases.holds("decision-sealer")).isTrue();
            assertThat(leases.holds("retention-period")).isTrue();
        }

        assertThat(output.getOut())
                .contains("At shutdown this instance held the job leases decision-sealer, retention-period and"
                        + " released them: another instance sharing the database takes over at once")
                .contains("At shutdown 2 accepted decisions and 1 other record (panel outcomes, reads and the like)"
                        + " wait for their seal: the next start seals them, or another instance sharing the database");
        OffsetDateTime released = jdbc.sql("SELECT MAX(expires_at) FROM job_lease")
                .query(OffsetDateTime.class)
                .single();
        assertThat(released)
                .as("handed over rather than left to run out")
                .isBefore(OffsetDateTime.now().plusSeconds(1));
    }

    @Test
    void aShutdownWithNothingHeldOrWaitingSaysSo(CapturedOutput output) {
        OldStore store = OldStore.h2(dataDir.resolve("empty"));
        store.migrateToThisBuild();

        serviceParts(store).close();

        assertThat(output.getOut())
                .contains("At shutdown this instance held no job lease")
                .contains("At shutdown no decision or other record waits for its seal");
    }

    @Test
    void countsAreInWordsForOneAndForMany() {
        assertThat(ShutdownReport.inWords(1, 0)).startsWith("1 accepted decision and 0 other records ");
        assertThat(ShutdownReport.inWords(0, 3)).startsWith("0 accepted decisions and 3 other records ");
    }

    @Test
    void aLeaseReleasedAtShutdownIsNotTakenAgain() {
        OldStore store = OldStore.h2(dataDir.resolve("again"));
        store.migrateToThisBuild();
        try (AnnotationConfigApplicationContext context = serviceParts(store)) {
            JobLeases leases = context.getBean(JobLeases.class);
            assertThat(leases.holds("decision-sealer")).isTrue();

            leases.handOver();

            assertThat(leases.holds("decision-sealer"))
                    .as("a job still running while the service stops")
                    .isFalse();
        }
    }

    @Test
    void aContextStoppedAndStartedAgainKeepsItsLeasesAndSaysNothingUntilItCloses(CapturedOutput output) {
        // The test framework pauses the contexts it keeps between test classes this way.
        OldStore store = OldStore.h2(dataDir.resolve("paused"));
        store.migrateToThisBuild();
        try (AnnotationConfigApplicationContext context = serviceParts(store)) {
            JobLeases leases = context.getBean(JobLeases.class);
            assertThat(leases.holds("decision-sealer")).isTrue();

            context.stop();
            context.start();

            assertThat(leases.holds("decision-sealer")).isTrue();
            assertThat(output.getOut()).doesNotContain("At shutdown");
        }
        assertThat(output.getOut()).contains("At shutdown this instance held the job lease decision-sealer");
    }

    /** The parts of the service the report stands on, over a pool as the service's (closed with the context). */
    private static AnnotationConfigApplicationContext serviceParts(OldStore store) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(HikariDataSource.class, () -> {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(store.dataSource().getUrl());
            pool.setUsername(store.dataSource().getUsername());
            pool.setPassword(store.dataSource().getPassword());
            pool.setMaximumPoolSize(2);
            return pool;
        });
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(context.getBean(HikariDataSource.class)));
        context.registerBean(StoreFaults.class, () -> new StoreFaults(context.getBean(HikariDataSource.class)));
        context.registerBean(
                LeaseSettings.class, () -> new LeaseSettings(Duration.ofSeconds(10), Duration.ofSeconds(1)));
        context.register(JobLeases.class, ShutdownReport.class);
        context.refresh();
        return context;
    }

    private static void queue(JdbcClient jdbc, String kind, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("INSERT INTO decision_unsealed (decision_id, record_kind, queued_at, record_sha256, queue_mac)"
                            + " VALUES (:id, :kind, CURRENT_TIMESTAMP, :sha, :mac)")
                    .param("id", UUID.randomUUID())
                    .param("kind", kind)
                    .param("sha", HashBytes.of("0".repeat(64)))
                    .param("mac", HashBytes.of("0".repeat(64)))
                    .update();
        }
    }
}
