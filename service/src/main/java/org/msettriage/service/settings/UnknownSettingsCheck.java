package org.msettriage.service.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the configuration names an {@code mset.} setting, a setting of Spring's own groups
 * ({@code server.}, {@code spring.}, {@code management.}, {@code logging.}) that its jars do not list or no
 * longer read, or a profile, that the service does not have. Spring ignores a name it cannot bind, so a slip such as {@code mset.audit.retension=30d} would leave
 * six years' retention in force without a word, {@code MSET_AUDIT_SEALKEYS} the demo seal key, and a profile
 * {@code prod} the production safeguards off. Checked before anything is made, over every place settings
 * come from: arguments, system properties, environment variables and configuration files. The command
 * line's {@code audit verify} checks its settings the same way.
 */
@Component
public class UnknownSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    /**
     * The service's profiles: {@code postgres} (application-postgres.yml), {@code production}
     * (application-production.yml and the checks that refuse demo keys) and {@code bench} (the benchmark's
     * echo and seed endpoints). A misspelt {@code production} would start without its safeguards.
     */
    static final List<String> PROFILES = List.of("postgres", "production", "bench");

    /**
     * Spring's own groups of settings, checked against the metadata its jars carry, in arguments, system
     * properties and files, though not in environment variables: there names such as {@code SERVER_PORT}
     * or {@code SPRING_SERVICE_HOST} may be another program's (Kubernetes sets such a pair for a service
     * named server or spring).
     */
    static final List<String> SPRING_GROUPS = List.of("spring", "server", "management", "logging");

    /**
     * What Spring reads itself and no metadata lists: Spring Framework's, from the system properties or a
     * spring.properties file (its reference, "Spring Properties"), and the few Spring Boot reads before it
     * binds anything (spring.application.json, spring.config.on-not-found). spring.test. ones are allowed
     * as a group.
     */
    static final Set<String> FRAMEWORK_PROPERTIES = Set.of(
            "spring.aop.ajc.ignore",
            "spring.aot.enabled",
            "spring.application.json",
            "spring.beaninfo.ignore",
            "spring.cache.reactivestreams.ignore",
            "spring.classformat.ignore",
            "spring.config.on-not-found",
            "spring.context.checkpoint",
            "spring.context.exit",
            "spring.context.expression.maxlength",
            "spring.expression.compiler.mode",
            "spring.getenv.ignore",
            "spring.http.response.flush.enabled",
            "spring.index.ignore",
            "spring.jdbc.getparametertype.ignore",
            "spring.jndi.ignore",
            "spring.locking.strict",
            "spring.objenesis.ignore",
            "spring.placeholder.escapecharacter.default",
            "spring.xml.ignore");

    /** Property sources Spring Boot fills itself (spring.application.pid), which no metadata lists. */
    private static final Set<String> SET_BY_SPRING = Set.of("applicationInfo");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            problem(configurable, KnownSettings.of(beanFactory.getBeanClassLoader()))
                    .ifPresent(problem -> {
                        throw new StartRefusedException(problem);
                    });
        }
    }

    /**
     * Starts reading the lists of known settings on another thread, for the check to use when the
     * application context is built: called first thing at start, before Spring has anything to do.
     */
    public static void readAhead(ClassLoader classLoader) {
        KnownSettings.readAhead(classLoader);
    }

    /** What is wrong with the configuration's names and profiles, said for the operator; empty when nothing. */
    public static Optional<String> problem(ConfigurableEnvironment environment, ClassLoader classLoader) {
        return problem(environment, KnownSettings.fromMetadata(classLoader));
    }

    private static Optional<String> problem(ConfigurableEnvironment environment, KnownSettings known) {
        List<String> sentences = new ArrayList<>();
        List<String> unknown = unknown(environment, known);
        if (!unknown.isEmpty()) {
            sentences.add((unknown.size() == 1 ? "Unknown setting: " : "Unknown settings: ")
                    + String.join("; ", unknown)
                    + ". The service has no such setting and would ignore it: correct or remove it.");
        }
        List<String> profiles = unknownProfiles(environment);
        if (!profiles.isEmpty()) {
            sentences.add((profiles.size() == 1 ? "Unknown profile: " : "Unknown profiles: ")
                    + String.join("; ", profiles) + ". The service's profiles are " + String.join(", ", PROFILES)
                    + "; another would be ignored, with the safeguards of the one meant.");
        }
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    /** Each active profile the service does not have, with the one it may have been meant as. */
    static List<String> unknownProfiles(ConfigurableEnvironment environment) {
        List<String> unknown = new ArrayList<>();
        Set<String> groups = profileGroups(environment);
        for (String profile : environment.getActiveProfiles()) {
            // A group (spring.profiles.group.live=production,postgres) is active beside its members, which
            // are checked as any other profile.
            if (!PROFILES.contains(profile) && !groups.contains(profile)) {
                unknown.add(profile
                        + PROFILES.stream()
                                .filter(known -> KnownSettings.distance(known, profile.toLowerCase(Locale.ROOT)) <= 3
                                        || known.startsWith(profile.toLowerCase(Locale.ROOT)))
                                .findFirst()
                                .map(near -> " (did you mean " + near + "?)")
                                .orElse(""));
            }
        }
        return unknown;
    }

    /** The names of the profile groups the configuration sets up (spring.profiles.group.<name>). */
    private static Set<String> profileGroups(ConfigurableEnvironment environment) {
        Set<String> groups = new LinkedHashSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> names) {
                for (String name : names.getPropertyNames()) {
                    ConfigurationPropertyName adapted = ConfigurationPropertyName.adapt(name, '.');
                    if (adapted.getNumberOfElements() >= 4 && GROUP.isAncestorOf(adapted)) {
                        groups.add(adapted.getElement(3, ConfigurationPropertyName.Form.ORIGINAL));
                    }
                }
            }
        }
        return groups;
    }

    private static final ConfigurationPropertyName GROUP = ConfigurationPropertyName.of("spring.profiles.group");

    /** Each unknown name, with where it was given and the setting it may have been meant as. */
    static List<String> unknown(ConfigurableEnvironment environment, KnownSettings known) {
        Set<String> unknown = new LinkedHashSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> names) || SET_BY_SPRING.contains(source.getName())) {
                continue;
            }
            boolean variables = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName());
            for (String name : names.getPropertyNames()) {
                if (variables ? unknownVariable(name, known) : unknownName(name, known)) {
                    unknown.add(name + " (" + where(source, variables) + hint(name, known) + ")");
                }
            }
        }
        return new ArrayList<>(unknown);
    }

    private static boolean unknownVariable(String name, KnownSettings known) {
        return known.ownsVariable(name) && !known.knowsVariable(name);
    }

    private static boolean unknownName(String name, KnownSettings known) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(KnownSettings.PREFIX + "_")) {
            // A variable's name in a file or a config tree (a secret mounted as MSET_AUDIT_SEALKEY): Spring
            // reads that form from the environment only, so here it would be ignored.
            return true;
        }
        int dot = lower.indexOf('.');
        String first = dot < 0 ? lower : lower.substring(0, dot);
        if (first.equals(KnownSettings.PREFIX)) {
            return !known.knows(ConfigurationPropertyName.adapt(name, '.'));
        }
        if (SPRING_GROUPS.contains(first)) {
            return unknownToSpring(name, lower, known);
        }
        // sever.port, managment.server.port: a slip in the group's own name hides the whole setting.
        return dot > 0 && SPRING_GROUPS.stream().anyMatch(group -> KnownSettings.distance(group, first) <= 2);
    }

    private static boolean unknownToSpring(String name, String lower, KnownSettings known) {
        if (FRAMEWORK_PROPERTIES.contains(lower) || lower.startsWith("spring.test.")) {
            return false;
        }
        ConfigurationPropertyName adapted = ConfigurationPropertyName.adapt(name, '.');
        if (known.withdrawn(adapted).isPresent()) {
            return true;
        }
        if (known.isSlipOfAGroup(adapted)) {
            return true;
        }
        return known.speaksFor(adapted) && !known.knows(adapted);
    }

    /** What may help the operator: the setting that replaced a withdrawn one, or the nearest name. */
    private static String hint(String name, KnownSettings known) {
        Optional<String> withdrawn = known.withdrawn(ConfigurationPropertyName.adapt(name, '.'));
        if (withdrawn.isPresent()) {
            return "; Spring Boot no longer reads it"
                    + (withdrawn.get().isEmpty() ? "" : ": use " + withdrawn.get() + " instead");
        }
        return known.nearest(name).map(near -> "; did you mean " + near + "?").orElse("");
    }

    private static String where(PropertySource<?> source, boolean variables) {
        if (variables) {
            return "an environment variable";
        }
        return switch (source.getName()) {
            case "commandLineArgs" -> "the command line";
            case StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME -> "a Java system property";
            default -> source.getName();
        };
    }
}
