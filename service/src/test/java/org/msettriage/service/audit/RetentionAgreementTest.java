package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.problem.StartRefusedException;
import org.msettriage.service.store.JobLeases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Every instance sharing a database removes content after one period: the first start records it, another
 * is refused, and it changes only when a start names the period it replaces.
 */
class RetentionAgreementTest {

    private static final Duration SIX_YEARS = Duration.ofDays(2192);
    private static final Duration THREE_MONTHS = Duration.ofDays(90);

    private JdbcClient jdbc;
    private final JobLeases leases = mock(JobLeases.class);

    @BeforeEach
    void aDatabaseWithTheTable() throws IOException {
        jdbc = JdbcClient.create(new DriverManagerDataSource(
                "jdbc:h2:mem:retention-agreed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        try (InputStream migration = getClass().getResourceAsStream("/db/migration/common/V42__retention_agreed.sql")) {
            jdbc.sql(new String(migration.readAllBytes(), StandardCharsets.UTF_8))
                    .update();
        }
    }

    private RetentionAgreement instance(Duration period, Duration replaces) {
        AuditSettings settings =
                new AuditSettings("", "", "", "", period, Duration.ofHours(1), Duration.ofMillis(250), replaces);
        return new RetentionAgreement(
                jdbc, new RetentionInForce(settings, new MockEnvironment()), settings, null, leases);
    }

    @Test
    void theFirstStartRecordsItsPeriodAndAnotherWithItStarts() {
        RetentionAgreement first = instance(SIX_YEARS, null);
        first.agree();
        RetentionAgreement second = instance(SIX_YEARS, null);
        second.agree();

        assertThat(first.holds()).isTrue();
        assertThat(second.holds()).isTrue();
    }

    @Test
    void aStartWithAnotherPeriodIsRefusedNamingBoth() {
        instance(SIX_YEARS, null).agree();

        assertThatThrownBy(() -> instance(THREE_MONTHS, null).agree())
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("mset.audit.retention is 90d (")
                .hasMessageContaining("keep content for 6 years (2,192 days), set as 2192d")
                .hasMessageContaining("mset.audit.retention-replaces=2192d");
        assertThat(instance(SIX_YEARS, null).holds())
                .as("the database's period unchanged")
                .isTrue();
    }

    @Test
    void aStartNamingThePeriodItReplacesChangesItAndTheOthersStopRemoving() {
        RetentionAgreement running = instance(SIX_YEARS, null);
        running.agree();

        RetentionAgreement changed = instance(Duration.ofDays(2557), SIX_YEARS);
        changed.agree();

        assertThat(changed.holds()).isTrue();
        assertThat(running.holds()).as("the instance still on the old period").isFalse();
        // Its scheduled removal asks first, so it removes nothing (its removal, null here, is not reached),
        // and lets go of the lease, which it would otherwise keep from the instances on the new period.
        running.removeExpiredIfAgreed();
        verify(leases).release("retention-period");
    }

    @Test
    void replacingAnotherPeriodThanTheDatabasesIsRefused() {
        instance(SIX_YEARS, null).agree();

        assertThatThrownBy(() -> instance(THREE_MONTHS, Duration.ofDays(365)).agree())
                .isInstanceOf(StartRefusedException.class)
                .hasMessageContaining("set as 2192d (not the 365d that mset.audit.retention-replaces names)");
    }

    @Test
    void aPeriodIsWrittenAsTheSettingTakesIt() {
        assertThat(RetentionAgreement.written(SIX_YEARS)).isEqualTo("2192d");
        assertThat(RetentionAgreement.written(Duration.ofMillis(500))).isEqualTo("500ms");
    }
}
