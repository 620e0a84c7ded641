package org.msettriage.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.audit.AuditSettings;
import org.msettriage.service.report.ReportSettings;
import org.msettriage.service.ruleset.RulesetSettings;
import org.msettriage.service.security.PageSettings;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value not of its setting's kind is said in words naming the setting, for settings bound as a group
 * and read one by one alike, without Java's type names; Spring's own settings keep Boot's report.
 */
class SettingValueAnalyzerTest {

    private static FailureAnalysis analysed(String prefix, Class<?> settings, Map<String, String> given) {
        Throwable bindFailure = catchThrowable(
                () -> new Binder(new MapConfigurationPropertySource(given)).bindOrCreate(prefix, settings));
        assertThat(bindFailure).as("the binding fails").isNotNull();
        return new SettingValueAnalyzer(new MockEnvironment())
                .analyze(new BeanCreationException("settings", "could not be made", bindFailure));
    }

    @Test
    void aRetentionThatIsNotALengthOfTimeIsSaidInWords() {
        FailureAnalysis analysis =
                analysed("mset.audit", AuditSettings.class, Map.of("mset.audit.retention", "six-years"));

        assertThat(analysis.getDescription())
                .isEqualTo("mset.audit.retention: 'six-years' is not a length of time; write it like 30d, 12h or"
                        + " 500ms");
        assertThat(analysis.getAction()).contains("No referral was taken");
    }

    @Test
    void everyKindOfGroupedSettingIsSaidWithoutJavasTypes() {
        assertThat(analysed("mset.rules", RulesetSettings.class, Map.of("mset.rules.live-budget", "five seconds"))
                        .getDescription())
                .startsWith("mset.rules.live-budget: 'five seconds' is not a length of time");
        assertThat(analysed("mset.reports", ReportSettings.class, Map.of("mset.reports.round-to", "ten"))
                        .getDescription())
                .isEqualTo("mset.reports.round-to: 'ten' is not a whole number; write it in digits, like 20");
        assertThat(analysed("mset.reports", ReportSettings.class, Map.of("mset.reports.zone", "Mars/Olympus"))
                        .getDescription())
                .isEqualTo("mset.reports.zone: 'Mars/Olympus' is not a time zone; write it like Europe/London or"
                        + " UTC");
    }

    @Test
    void aValueOfTheRightKindOutOfItsBoundsIsSaidInTheGroupsOwnWords() {
        // An operator's trial read "Failed to bind properties under 'mset.pages' ... Reason:
        // java.lang.IllegalArgumentException: ..." for an idle timeout of 30 seconds.
        FailureAnalysis analysis = analysed("mset.pages", PageSettings.class, Map.of("mset.pages.idle-timeout", "30s"));

        assertThat(analysis.getDescription()).isEqualTo("mset.pages.idle-timeout must be at least one minute");
        assertThat(analysis.getAction()).contains("No referral was taken");
        assertThat(analysed("mset.reports", ReportSettings.class, Map.of("mset.reports.round-to", "0"))
                        .getDescription())
                .isEqualTo("mset.reports.withheld-below and round-to must be 1 or more");
    }

    /** Every kind of value in the service's settings' metadata has its words, so no setting is left out. */
    @Test
    void everyKindOfValueTheServicesSettingsTakeHasWords() throws Exception {
        List<String> kinds = new ArrayList<>();
        for (URL metadata : Collections.list(
                getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : JsonMapper.shared().readTree(in).path("properties")) {
                    if (property.path("name").asString().startsWith("mset.")) {
                        kinds.add(property.path("type").asString());
                    }
                }
            }
        }
        List<String> wordless = kinds.stream()
                .filter(kind -> !kind.equals("java.lang.String") && !kind.startsWith("java.util.List<"))
                .distinct()
                .filter(kind -> SettingValueAnalyzer.wordsFor(load(kind)).isEmpty())
                .toList();

        assertThat(kinds).contains("java.time.Duration", "java.lang.Integer");
        assertThat(wordless).isEmpty();
    }

    private static Class<?> load(String kind) {
        try {
            return Class.forName(kind);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(kind, e);
        }
    }

    /** A setting read one by one, as the lease and housekeeping intervals are. */
    static class ReadOneByOne {
        ReadOneByOne(@Value("${mset.rules.proposal-expiry:7d}") Duration expiry) {}
    }

    /** A switch read one by one, as the API viewer's is. */
    static class SwitchReadOneByOne {
        SwitchReadOneByOne(@Value("${mset.api-docs.viewer:#{null}}") Boolean viewer) {}
    }

    private static Throwable refreshed(Class<?> component, MockEnvironment environment) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.setEnvironment(environment);
            context.register(component);
            return catchThrowable(context::refresh);
        }
    }

    @Test
    void aSettingReadOneByOneIsFoundByTheValueGiven() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("mset.rules.proposal-expiry", "a week")
                .withProperty("mset.api-docs.viewer", "yes please");

        assertThat(new SettingValueAnalyzer(environment)
                        .analyze(refreshed(ReadOneByOne.class, environment))
                        .getDescription())
                .isEqualTo("mset.rules.proposal-expiry: 'a week' is not a length of time; write it like 30d, 12h or"
                        + " 500ms");
        assertThat(new SettingValueAnalyzer(environment)
                        .analyze(refreshed(SwitchReadOneByOne.class, environment))
                        .getDescription())
                .isEqualTo("mset.api-docs.viewer: 'yes please' is neither true nor false; write true or false");
    }

    @Test
    void springsOwnSettingsKeepBootsReport() {
        Throwable failure =
                catchThrowable(() -> new Binder(new MapConfigurationPropertySource(Map.of("server.port", "eighty")))
                        .bind("server.port", Integer.class));

        assertThat(new SettingValueAnalyzer(new MockEnvironment()).analyze(failure))
                .isNull();
    }
}
