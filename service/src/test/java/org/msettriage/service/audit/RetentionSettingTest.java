package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * What the retention period removes is gone for good, so the setting is read as an operator means it and
 * refused when it cannot be meant.
 */
class RetentionSettingTest {

    private static Duration bound(String value) {
        return new Binder(new MapConfigurationPropertySource(Map.of("mset.audit.retention", value)))
                .bindOrCreate("mset.audit", AuditSettings.class)
                .retention();
    }

    @Test
    void aNumberWithoutAUnitIsDays() {
        assertThat(bound("2192")).isEqualTo(Duration.ofDays(2192));
        assertThat(bound("2192d")).isEqualTo(Duration.ofDays(2192));
        assertThat(bound("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(new Binder(new MapConfigurationPropertySource(Map.of()))
                        .bindOrCreate("mset.audit", AuditSettings.class)
                        .retention())
                .isEqualTo(Duration.ofDays(2192));
    }

    @Test
    void aPeriodOfNothingOrLessIsRefused() {
        MockEnvironment anyProfile = new MockEnvironment();
        assertThatThrownBy(() -> RetentionPeriod.checked(Duration.ZERO, anyProfile))
                .hasMessageContaining("mset.audit.retention must be longer than zero");
        assertThatThrownBy(() -> RetentionPeriod.checked(Duration.ofDays(-1), anyProfile))
                .hasMessageContaining("mset.audit.retention must be longer than zero");
        MockEnvironment written = new MockEnvironment().withProperty("mset.audit.retention", "0");
        assertThatThrownBy(() -> RetentionPeriod.checked(Duration.ZERO, written))
                .hasMessageEndingWith("it is 0")
                .hasMessageNotContaining("PT0S");
        // Tests and trials may keep content for seconds; production may not.
        assertThat(RetentionPeriod.checked(Duration.ofSeconds(2), anyProfile)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void productionRefusesLessThanADay() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production", "postgres");

        assertThatThrownBy(() -> RetentionPeriod.checked(Duration.ofMillis(2192), production))
                .hasMessageContaining("The production profile refuses mset.audit.retention shorter than a day")
                .hasMessageContaining("2192d");
        assertThat(RetentionPeriod.checked(Duration.ofDays(1), production)).isEqualTo(Duration.ofDays(1));
    }
}
