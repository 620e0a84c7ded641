package org.msettriage.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msettriage.service.MsetTriageApplication;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** A name Spring would ignore is refused, in every form Spring reads settings in; a name it binds is not. */
class UnknownSettingsCheckTest {

    private static final KnownSettings KNOWN =
            KnownSettings.fromMetadata(UnknownSettingsCheckTest.class.getClassLoader());

    @Test
    void aMisspeltSettingIsNamedWithWhereItWasGivenAndWhatWasMeant() {
        List<String> unknown = unknown(Map.of("mset.audit.retension", "30d"), Map.of());

        assertThat(unknown)
                .containsExactly("mset.audit.retension (the command line; did you mean mset.audit.retention?)");
    }

    @Test
    void everyFormSpringBindsIsKnown() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("mset.audit.retention", "30d");
        given.put("mset.audit.retentionCheckEvery", "1h");
        given.put("mset.audit.retention_check_every", "1h");
        given.put("mset.security.api-clients[0].key-sha256", "ab");
        given.put("mset.security.api-clients[1].role", "AUDITOR");
        given.put("mset.security.cors.allowed-origins", "https://case.example.org");
        given.put("mset.database.url", "jdbc:postgresql://db/mset");
        given.put("mset.rules.follow-every", "1s");
        given.put("mset.data-dir", "/srv/mset");
        given.put("server.port", "8081");
        given.put("spring.profiles.active", "postgres");

        assertThat(unknown(given, Map.of())).isEmpty();
    }

    @Test
    void theRulesBudgetsAreKnownAndASlipInOneIsNamed() {
        assertThat(unknown(
                        Map.of("mset.rules.live-budget", "1s", "mset.rules.candidateBudget", "1s"),
                        Map.of("MSET_RULES_LIVE_BUDGET", "1s", "MSET_RULES_CANDIDATEBUDGET", "1s")))
                .isEmpty();
        assertThat(unknown(Map.of("mset.rules.live-budjet", "1s"), Map.of()))
                .containsExactly("mset.rules.live-budjet (the command line; did you mean mset.rules.live-budget?)");
    }

    @Test
    void aMisspeltSettingOfSpringsIsNamedWithWhatWasMeant() {
        assertThat(unknown(Map.of("server.prot", "9090"), Map.of()))
                .containsExactly("server.prot (the command line; did you mean server.port?)");
        assertThat(unknown(Map.of("spring.datasource.hikari.maximum-pool-sise", "20"), Map.of()))
                .containsExactly("spring.datasource.hikari.maximum-pool-sise (the command line; did you mean"
                        + " spring.datasource.hikari.maximum-pool-size?)");
    }

    @Test
    void aSlipInTheNameOfSpringsGroupIsNamed() {
        assertThat(unknown(Map.of("sever.port", "9090", "managment.server.port", "9091"), Map.of()))
                .containsExactlyInAnyOrder(
                        "sever.port (the command line; did you mean server.port?)",
                        "managment.server.port (the command line; did you mean management.server.port?)");
    }

    @Test
    void aSettingSpringBootNoLongerReadsIsNamedWithTheOneThatReplacedIt() {
        // Copied from a guide for an older Spring Boot: bound by none, so error details would stay hidden.
        assertThat(unknown(Map.of("server.error.include-message", "always"), Map.of()))
                .containsExactly("server.error.include-message (the command line; Spring Boot no longer reads it:"
                        + " use spring.web.error.include-message instead)");
    }

    @Test
    void springsOwnSettingsInEveryFormItBindsAreKnown() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("logging.level.org.h2", "DEBUG");
        given.put("spring.datasource.hikari.maximumPoolSize", "20");
        given.put("management.endpoint.health.group.liveness.include", "livenessState");
        given.put("management.endpoints.web.exposure.include[0]", "health");
        given.put("spring.config.activate.on-profile", "postgres");
        given.put("server.tomcat.threads.max", "50");
        given.put("spring.profiles.active[0]", "postgres");
        given.put("spring.main.banner-mode", "off");
        given.put("server.shutdown", "graceful");
        // Read by Spring Framework itself, not bound: no metadata lists them.
        given.put("spring.jdbc.getParameterType.ignore", "true");
        given.put("spring.context.exit", "onRefresh");
        given.put("spring.test.constructor.autowire.mode", "all");

        assertThat(unknown(given, Map.of())).isEmpty();
    }

    @Test
    void variablesOfSpringsGroupsAreLeftToSpring() {
        // Kubernetes sets SERVER_SERVICE_HOST and SERVER_PORT=tcp://... for a service named server.
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("SERVER_SERVICE_HOST", "10.0.0.3");
        variables.put("SPRING_SERVICE_PORT", "80");

        assertThat(unknown(Map.of(), variables)).isEmpty();
    }

    @Test
    void theJavaSystemPropertiesOfThisMachineAreNotMistakenForSettings() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);

        assertThat(UnknownSettingsCheck.unknown(environment, KNOWN)).isEmpty();
    }

    @Test
    void environmentVariablesAreReadAsSpringReadsThem() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("MSET_AUDIT_SEALKEY", "key");
        variables.put("MSET_AUDIT_SEAL_KEY", "key");
        variables.put("MSET_AUDIT_RETENTIONCHECKEVERY", "1h");
        variables.put("MSET_SECURITY_APICLIENTS_0_KEYSHA256", "ab");
        variables.put("MSET_DATABASE_URL", "jdbc:postgresql://db/mset");
        variables.put("PATH", "/usr/bin");
        variables.put("MSETTLE", "not ours");

        assertThat(unknown(Map.of(), variables)).isEmpty();
        assertThat(unknown(Map.of(), Map.of("MSET_AUDIT_SEALKEYS", "key")))
                .containsExactly("MSET_AUDIT_SEALKEYS (an environment variable; did you mean mset.audit.seal-key?)");
    }

    @Test
    void theFormsAcceptedAreTheFormsSpringBinds() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("mset.audit.retentionCheckEvery", "2h");
        arguments.put("mset.pages.max_sessions_per_auditor", "4");
        arguments.put("mset.security.api-clients[0].key-sha256", "ab");
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("MSET_AUDIT_SEAL_KEY", "legacy form");
        variables.put("MSET_REPORTS_ROUNDTO", "10");
        variables.put("MSET_SECURITY_APICLIENTS_1_NAME", "crm-north");
        StandardEnvironment environment = environment(arguments, variables);
        Binder binder = Binder.get(environment);

        assertThat(UnknownSettingsCheck.unknown(environment, KNOWN)).isEmpty();
        assertThat(binder.bind("mset.audit.retention-check-every", Duration.class)
                        .get())
                .isEqualTo(Duration.ofHours(2));
        assertThat(binder.bind("mset.pages.max-sessions-per-auditor", Integer.class)
                        .get())
                .isEqualTo(4);
        assertThat(binder.bind("mset.audit.seal-key", String.class).get()).isEqualTo("legacy form");
        assertThat(binder.bind("mset.reports.round-to", Integer.class).get()).isEqualTo(10);
        assertThat(binder.bind("mset.security.api-clients[0].key-sha256", String.class)
                        .get())
                .isEqualTo("ab");
        assertThat(binder.bind("mset.security.api-clients[1].name", String.class)
                        .get())
                .isEqualTo("crm-north");
    }

    @Test
    void variablesOutsideTheServicesGroupsAreNotItsToCheck() {
        Map<String, Object> variables = new LinkedHashMap<>();
        // The policy leads' export script, and what Kubernetes sets for a service named mset or mset-triage.
        variables.put("MSET_API_KEY", "key");
        variables.put("MSET_PORT", "tcp://10.0.0.1:8080");
        variables.put("MSET_SERVICE_HOST", "10.0.0.1");
        variables.put("MSET_TRIAGE_SERVICE_HOST", "10.0.0.2");
        variables.put("MSET_TRIAGE_PORT_8080_TCP_ADDR", "10.0.0.2");

        assertThat(unknown(Map.of(), variables)).isEmpty();
        assertThat(unknown(Map.of(), Map.of("MSET_PAGES_MAXSESSIONS", "4")))
                .containsExactly("MSET_PAGES_MAXSESSIONS (an environment variable)");
    }

    @Test
    void aVariablesNameInAFileIsRefusedForSpringReadsItFromTheEnvironmentOnly() {
        // As a secret mounted in a config tree: Spring would not bind it, so the demo key would stay.
        assertThat(unknown(Map.of("MSET_AUDIT_SEALKEY", "key"), Map.of()))
                .containsExactly("MSET_AUDIT_SEALKEY (the command line; did you mean mset.audit.seal-key?)");
    }

    @Test
    void aProfileTheServiceDoesNotHaveIsRefusedWithTheOneMeant() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod", "postgres");

        assertThat(UnknownSettingsCheck.unknownProfiles(environment))
                .containsExactly("prod (did you mean production?)");
        environment.setActiveProfiles("production", "postgres", "bench");
        assertThat(UnknownSettingsCheck.unknownProfiles(environment)).isEmpty();
    }

    @Test
    void aProfileGroupIsAProfileAndItsMembersAreChecked() {
        StandardEnvironment environment = environment(
                Map.of("spring.profiles.group.live[0]", "production", "spring.profiles.group.test[0]", "prod"),
                Map.of());
        environment.setActiveProfiles("live", "production");
        assertThat(UnknownSettingsCheck.unknownProfiles(environment)).isEmpty();
        environment.setActiveProfiles("test", "prod");
        assertThat(UnknownSettingsCheck.unknownProfiles(environment))
                .containsExactly("prod (did you mean production?)");
    }

    @Test
    void aSlipInTheSecondPartOfASpringNameIsNamed() {
        // Found in review: only names in a group the metadata lists were judged.
        assertThat(unknown(Map.of("server.tomact.threads.max", "5"), Map.of()))
                .containsExactly(
                        "server.tomact.threads.max (the command line; did you mean server.tomcat.threads.max?)");
        assertThat(unknown(Map.of("logging.levl.org.h2", "DEBUG"), Map.of())).hasSize(1);
        assertThat(unknown(Map.of("spring.datsource.password", "x"), Map.of())).hasSize(1);
        // A group none of the jars lists, and near none, is still Spring's to ignore.
        assertThat(unknown(Map.of("spring.kafka.bootstrap-servers", "broker:9092"), Map.of()))
                .isEmpty();
    }

    @Test
    void aWithdrawnListIsRefusedInItsEntriesFormToo() {
        assertThat(unknown(Map.of("spring.resources.static-locations[0]", "classpath:/x/"), Map.of()))
                .singleElement()
                .satisfies(refused -> assertThat(refused).contains("Spring Boot no longer reads it"));
    }

    @Test
    void whatSpringReadsBeforeBindingIsNotRefused() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("spring.config.on-not-found", "ignore");
        given.put("spring.application.json", "{}");
        given.put("spring.aop.ajc.ignore", "true");
        given.put("spring.http.response.flush.enabled", "true");

        assertThat(unknown(given, Map.of())).isEmpty();
    }

    @Test
    void everyProfileWithItsOwnFileIsAProfileOfTheService() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            List<String> withFiles = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("application-.+\\.ya?ml"))
                    .map(name -> name.replaceAll("^application-|\\.ya?ml$", ""))
                    .toList();
            assertThat(withFiles).isNotEmpty();
            assertThat(UnknownSettingsCheck.PROFILES).containsAll(withFiles);
        }
    }

    @Test
    void aNameFarFromEverySettingIsRefusedWithoutAGuess() {
        assertThat(unknown(Map.of("mset.colour", "blue"), Map.of())).containsExactly("mset.colour (the command line)");
    }

    @Test
    void theListComesFromTheBuildAndHoldsTheSettingsReadOneByOne() {
        assertThat(KNOWN.names())
                .contains(
                        "mset.audit.retention",
                        "mset.security.api-clients",
                        "mset.data-dir",
                        "mset.database.password",
                        "mset.security.failed-credentials-per-minute");
    }

    @Test
    void theListReadAheadAtStartIsTheListTheCheckUses() {
        ClassLoader loader = UnknownSettingsCheckTest.class.getClassLoader();
        UnknownSettingsCheck.readAhead(loader);

        KnownSettings ahead = KnownSettings.of(loader);

        assertThat(ahead.names()).isEqualTo(KNOWN.names());
        assertThat(ahead.knows(
                        org.springframework.boot.context.properties.source.ConfigurationPropertyName.of("server.port")))
                .isTrue();
        assertThat(KnownSettings.of(loader))
                .as("read once, however often asked")
                .isSameAs(ahead);
    }

    @Test
    void theServiceRefusesToStartWithAnUnknownSetting() {
        SpringApplicationBuilder start = new SpringApplicationBuilder(MsetTriageApplication.class)
                .web(WebApplicationType.NONE)
                .properties("mset.data-dir=target/unknown-settings-check");

        assertThatThrownBy(() -> start.run("--mset.audit.retension=30d"))
                .isInstanceOf(StartRefusedException.class)
                .hasMessage("Unknown setting: mset.audit.retension (the command line; did you mean"
                        + " mset.audit.retention?). The service has no such setting and would ignore it: correct or"
                        + " remove it.");
    }

    private static List<String> unknown(Map<String, Object> commandLine, Map<String, Object> variables) {
        return UnknownSettingsCheck.unknown(environment(commandLine, variables), KNOWN);
    }

    private static StandardEnvironment environment(Map<String, Object> commandLine, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", commandLine));
        environment
                .getPropertySources()
                .addLast(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }
}
