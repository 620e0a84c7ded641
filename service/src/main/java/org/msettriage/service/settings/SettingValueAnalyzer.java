package org.msettriage.service.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * A value of one of the service's own settings that is not of the setting's kind (a length of time, a
 * whole number, true or false, a time zone) reads in words: "mset.audit.retention: 'six-years' is not a
 * length of time; write it like 30d, 12h or 500ms", in place of Boot's "failed to convert
 * java.lang.String to @DurationUnit java.time.Duration" (found by a new operator). It covers every such
 * setting, bound as a group ({@code @ConfigurationProperties}) or one by one ({@code @Value}), and leaves
 * Spring's own settings to Boot's report. A value of the right kind that a group refuses as out of its
 * bounds is said in the group's own words. Registered in {@code META-INF/spring.factories}, ahead of Boot's.
 */
public class SettingValueAnalyzer implements FailureAnalyzer, Ordered {

    private static final String OWN = "mset.";
    private static final int LONGEST_VALUE_SHOWN = 40;

    private final Environment environment;

    public SettingValueAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return unreadable(failure)
                .filter(value -> value.setting().startsWith(OWN))
                .flatMap(value -> inWords(value.setting(), shown(value.given()), value.kind()))
                .or(() -> outOfBounds(failure))
                .map(description -> new FailureAnalysis(
                        description,
                        "Correct the setting named above (docs/operations.md lists every setting) and start"
                                + " again. No referral was taken.",
                        failure))
                .orElse(null);
    }

    /**
     * A group of the service's settings that refused a value of the right kind but out of its bounds
     * ("mset.pages.idle-timeout must be at least one minute"): its own words, where Boot's report wrapped
     * them in "Failed to bind properties ... Reason: java.lang.IllegalArgumentException" (an operator's
     * trial). The group's check says it in words naming the setting, so it is the whole description.
     */
    private static Optional<String> outOfBounds(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bound
                    && bound.getName().toString().startsWith(OWN)
                    && bound.getCause() != null) {
                for (Throwable why = bound.getCause(); why != null; why = why.getCause()) {
                    if (why instanceof IllegalArgumentException refused
                            && refused.getMessage() != null
                            && refused.getMessage().startsWith(OWN)) {
                        return Optional.of(refused.getMessage().replaceAll("\\p{Cntrl}", " "));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A value given, the setting it was given for and the kind of value the setting takes. */
    record Unreadable(String setting, String given, Class<?> kind) {}

    private Optional<Unreadable> unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bound && conversion(bound) != null) {
                ConversionFailedException conversion = conversion(bound);
                ConfigurationProperty property = bound.getProperty();
                Object given = property != null ? property.getValue() : conversion.getValue();
                return Optional.of(new Unreadable(
                        bound.getName().toString(),
                        String.valueOf(given),
                        conversion.getTargetType().getType()));
            }
            if (cause instanceof TypeMismatchException mismatch
                    && mismatch.getValue() instanceof String given
                    && mismatch.getRequiredType() != null) {
                // A setting read one by one (@Value): the failure names the value, not the setting.
                return settingGiven(given).map(setting -> new Unreadable(setting, given, mismatch.getRequiredType()));
            }
        }
        return Optional.empty();
    }

    private static ConversionFailedException conversion(BindException bound) {
        for (Throwable cause = bound.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConversionFailedException conversion) {
                return conversion;
            }
        }
        return null;
    }

    /** The service's setting given that value, when one was: the one a one-by-one read could not convert. */
    private Optional<String> settingGiven(String given) {
        if (environment == null) {
            return Optional.empty();
        }
        return StreamSupport.stream(
                        ConfigurationPropertySources.get(environment).spliterator(), false)
                .filter(IterableConfigurationPropertySource.class::isInstance)
                .map(IterableConfigurationPropertySource.class::cast)
                .flatMap(source -> source.stream()
                        .filter(name -> name.toString().startsWith(OWN))
                        .filter(name -> {
                            ConfigurationProperty property = source.getConfigurationProperty(name);
                            return property != null && given.equals(String.valueOf(property.getValue()));
                        }))
                .map(Object::toString)
                .findFirst();
    }

    private static String shown(String given) {
        String oneLine = given.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= LONGEST_VALUE_SHOWN ? oneLine : oneLine.substring(0, LONGEST_VALUE_SHOWN) + "...";
    }

    /**
     * A value that is not of its setting's kind, as an operator reads it: "setting: 'value' is not ...,
     * write it like ...". The value is shown as the caller gives it. Empty for a kind none of the service's
     * settings takes.
     */
    public static Optional<String> inWords(String setting, String value, Class<?> kind) {
        return wordsFor(kind).map(words -> setting + ": '" + value + "' " + words);
    }

    /**
     * The kinds of value the service's settings take, each in the words an operator reads; empty for a kind
     * none of them takes. A test holds that every kind in the settings' metadata has words here.
     */
    static Optional<String> wordsFor(Class<?> kind) {
        if (kind == Duration.class) {
            return Optional.of("is not a length of time; write it like 30d, 12h or 500ms");
        }
        if (kind == int.class || kind == Integer.class || kind == long.class || kind == Long.class) {
            return Optional.of("is not a whole number; write it in digits, like 20");
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return Optional.of("is neither true nor false; write true or false");
        }
        if (kind == ZoneId.class) {
            return Optional.of("is not a time zone; write it like Europe/London or UTC");
        }
        if (kind == DataSize.class) {
            return Optional.of("is not an amount of disk space; write it like 256MB or 1GB");
        }
        if (kind == Path.class) {
            return Optional.of("is not a folder's path; write it like /var/lib/mset-triage/backups");
        }
        return Optional.empty();
    }
}
