package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.TestData;
import org.msettriage.service.problem.StartRefusedException;
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

    private static MockEnvironment written(String value, String... profiles) {
        MockEnvironment environment = new MockEnvironment().withProperty("mset.audit.retention", value);
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void aNumberWithoutAUnitBindsAsDaysNeverMilliseconds() {
        assertThat(bound("2192")).isEqualTo(Duration.ofDays(2192));
        assertThat(bound("2192d")).isEqualTo(Duration.ofDays(2192));
        assertThat(bound("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(new Binder(new MapConfigurationPropertySource(Map.of()))
                        .bindOrCreate("mset.audit", AuditSettings.class)
                        .retention())
                .isEqualTo(Duration.ofDays(2192));
    }

    @Test
    void aNumberWithoutAUnitIsRefusedInEveryProfileWithTheUnitToGive() {
        // Found by a new operator: "2" started as two days, perhaps meant as two years.
        for (MockEnvironment environment : new MockEnvironment[] {written("2"), written(" 2 ", "production")}) {
            assertThatThrownBy(() -> RetentionInForce.checked(bound("2"), environment))
                    .isInstanceOf(StartRefusedException.class)
                    .hasMessageStartingWith("mset.audit.retention is 2 without a unit, which may be meant as days"
                            + " or as years: give the unit, such as 2192d (six years) or 2d (2 days).");
        }
    }

    @Test
    void aPeriodOfNothingOrLessIsRefused() {
        MockEnvironment anyProfile = new MockEnvironment();
        assertThatThrownBy(() -> RetentionInForce.checked(Duration.ZERO, anyProfile))
                .hasMessageContaining("mset.audit.retention must be longer than zero");
        assertThatThrownBy(() -> RetentionInForce.checked(Duration.ofDays(-1), anyProfile))
                .hasMessageContaining("mset.audit.retention must be longer than zero");
        assertThatThrownBy(() -> RetentionInForce.checked(Duration.ZERO, written("0")))
                .hasMessageEndingWith("it is 0")
                .hasMessageNotContaining("PT0S");
        // Tests and trials may keep content for seconds; production may not.
        assertThat(RetentionInForce.checked(Duration.ofSeconds(2), written("2s")))
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void productionRefusesLessThanAYearNamingThePolicySection() {
        assertThatThrownBy(() -> RetentionInForce.checked(Duration.ofDays(364), written("364d", "production")))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("The production profile refuses mset.audit.retention shorter than 365d (a"
                        + " year): it is 364d (364 days).")
                .hasMessageContaining("(policy v1.1, section 10)")
                .hasMessageEndingWith("such as 2192d (six years).");
        assertThatThrownBy(() -> RetentionInForce.checked(Duration.ofSeconds(45), written("45s", "production")))
                .hasMessageContaining("it is 45s (45 seconds)");
        assertThat(RetentionInForce.checked(Duration.ofDays(365), written("365d", "production", "postgres")))
                .isEqualTo(Duration.ofDays(365));
        assertThat(RetentionInForce.checked(Duration.ofDays(30), written("30d")))
                .as("outside production, for trials")
                .isEqualTo(Duration.ofDays(30));
    }

    /**
     * A reading of the policy, pinned: it names no retention period, so production's floor is the year over
     * which section 10 links referrals, since content removed at retention is not linked. Should the
     * policy's window change, this fails and the floor is read again.
     */
    @Test
    void productionsFloorIsTheYearOverWhichThePolicyLinksReferrals() throws IOException {
        String policy = Files.readString(TestData.ROOT.resolve("../docs/policy/mset-policy-v1.1-links-and-panel.md"));
        String links = policy.substring(policy.indexOf("## 10. Links"), policy.indexOf("## 11."));

        assertThat(links.replaceAll("\\s+", " "))
                .contains("within 365 days before this referral's `assessedAt`")
                .contains("Decisions whose personal content was removed at retention are not linked.");
        assertThat(RetentionInForce.PRODUCTION_FLOOR).isEqualTo(Duration.ofDays(365));
    }
}
