package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.audit.AuditSettings;
import org.msettriage.service.problem.RequestLimits;
import org.msettriage.service.security.PageSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * Settings that cannot be meant stop the start with the setting named, rather than an error that names
 * none or a service that quietly does something else; and the production profile's own defaults.
 */
class SettingsRefusedTest {

    private static <T> T bind(String prefix, Class<T> type, Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate(prefix, type);
    }

    @Test
    void periodsOfNothingAreRefusedByName() {
        assertThatThrownBy(() -> bind("mset.audit", AuditSettings.class, Map.of("mset.audit.seal-every", "0ms")))
                .rootCause()
                .hasMessage("mset.audit.seal-every must be longer than zero, such as 250ms");
        assertThatThrownBy(
                        () -> bind("mset.audit", AuditSettings.class, Map.of("mset.audit.retention-check-every", "0s")))
                .rootCause()
                .hasMessage("mset.audit.retention-check-every must be longer than zero, such as 1h");
    }

    @Test
    void requestLimitsThatRefuseEverythingOrLookBackwardsAreRefused() {
        assertThatThrownBy(() -> bind("mset.request", RequestLimits.class, Map.of("mset.request.max-body-bytes", "-1")))
                .rootCause()
                .hasMessage("mset.request.max-body-bytes must be at least 1");
        assertThatThrownBy(() -> bind("mset.request", RequestLimits.class, Map.of("mset.request.clock-skew", "-5m")))
                .rootCause()
                .hasMessage("mset.request.clock-skew must not be negative, such as 5m");
        assertThat(bind("mset.request", RequestLimits.class, Map.of()).clockSkew())
                .hasMinutes(5);
    }

    @Test
    void productionSendsThePagesCookieOverHttpsOnly() throws IOException {
        var production = new YamlPropertySourceLoader()
                .load("production", new ClassPathResource("application-production.yml"))
                .get(0);
        PageSettings pages = new Binder(ConfigurationPropertySources.from(production))
                .bindOrCreate("mset.pages", PageSettings.class);

        assertThat(pages.secureCookie()).isTrue();
        assertThat(bind("mset.pages", PageSettings.class, Map.of()).secureCookie())
                .as("the embedded default, for http://localhost")
                .isFalse();
    }
}
