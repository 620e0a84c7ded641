package org.msettriage.service.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * Refuses to start when the configuration names an {@code mset.} setting the service does not have. Spring
 * ignores a name it cannot bind, so a slip such as {@code mset.audit.retension=30d} would leave six years'
 * retention in force without a word, and {@code MSET_AUDIT_SEALKEYS} the demo seal key. Checked before
 * anything is made, over every place settings come from: arguments, system properties, environment
 * variables and configuration files.
 */
@Component
class UnknownSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            List<String> unknown = unknown(configurable, KnownSettings.fromMetadata(beanFactory.getBeanClassLoader()));
            if (!unknown.isEmpty()) {
                throw new StartRefusedException((unknown.size() == 1 ? "Unknown setting: " : "Unknown settings: ")
                        + String.join("; ", unknown)
                        + ". The service has no such setting and would ignore it: correct or remove it.");
            }
        }
    }

    /** Each unknown name, with where it was given and the setting it may have been meant as. */
    static List<String> unknown(ConfigurableEnvironment environment, KnownSettings known) {
        Set<String> unknown = new LinkedHashSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> names)) {
                continue;
            }
            boolean variables = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName());
            for (String name : names.getPropertyNames()) {
                if (variables ? unknownVariable(name, known) : unknownName(name, known)) {
                    unknown.add(name + " (" + where(source, variables)
                            + known.nearest(name)
                                    .map(near -> "; did you mean " + near + "?")
                                    .orElse("") + ")");
                }
            }
        }
        return new ArrayList<>(unknown);
    }

    private static boolean unknownVariable(String name, KnownSettings known) {
        return name.toUpperCase(Locale.ROOT).startsWith(KnownSettings.PREFIX.toUpperCase(Locale.ROOT) + "_")
                && !known.knowsVariable(name);
    }

    private static boolean unknownName(String name, KnownSettings known) {
        if (!name.toLowerCase(Locale.ROOT).startsWith(KnownSettings.PREFIX + ".")) {
            return false;
        }
        ConfigurationPropertyName adapted = ConfigurationPropertyName.adapt(name, '.');
        return !known.knows(adapted);
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
