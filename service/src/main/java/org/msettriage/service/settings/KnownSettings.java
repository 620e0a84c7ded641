package org.msettriage.service.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.msettriage.rules.policy.EditDistance;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings Spring would bind, as listed in the configuration metadata on the class path: the service's
 * own ({@code mset.}), which the build writes from the settings classes (and, for settings read one by one,
 * from {@code additional-spring-configuration-metadata.json}), and Spring Boot's, which each of its jars
 * carries. A name is known when Spring would bind it to one of them: in any of Spring's relaxed forms, or
 * inside a list or map setting such as the API clients.
 */
final class KnownSettings {

    static final String PREFIX = "mset";
    private static final List<String> METADATA = List.of(
            "META-INF/spring-configuration-metadata.json", "META-INF/additional-spring-configuration-metadata.json");

    private final List<Setting> settings;
    /** The service's own settings ({@code mset.}), the only ones environment variables are checked against. */
    private final List<Setting> own;
    /** The variable prefixes of the service's groups of settings ({@code MSET_AUDIT}, {@code MSET_DATA_DIR}). */
    private final Set<String> ownVariableGroups;
    /** Spring Boot's settings it no longer reads, each with the one that took its place (or none). */
    private final Map<ConfigurationPropertyName, String> withdrawn;
    /** The same, by group, as the known ones are: each Spring name given at start is looked up in one. */
    private final Map<String, Map<ConfigurationPropertyName, String>> withdrawnByGroup;
    /**
     * The settings by the first two elements of their names ("server.tomcat"): a name is compared with
     * its group's only, which keeps the check of a few hundred names to a few milliseconds at start.
     */
    private final Map<String, List<Setting>> byGroup;
    /** The first element of every known name, for a name of one element ("server", "debug"). */
    private final Set<String> firstElements;

    /** One known setting; a list or a map takes names below its own ({@code api-clients[0].role}). */
    record Setting(ConfigurationPropertyName name, boolean holdsEntries) {

        boolean isTheServices() {
            return name.getElement(0, Form.UNIFORM).equals(PREFIX);
        }

        boolean binds(ConfigurationPropertyName given) {
            return name.equals(given) || (holdsEntries && name.isAncestorOf(given)) || given.isAncestorOf(name);
        }

        /**
         * Whether Spring would read this environment variable for the setting: its elements upper case,
         * joined by underscores, either without their dashes or with each dash an underscore.
         */
        boolean bindsVariable(String variable) {
            String upper = variable.toUpperCase(Locale.ROOT);
            for (String form :
                    List.of(variable(Form.UNIFORM), variable(Form.DASHED).replace('-', '_'))) {
                if (upper.equals(form) || (holdsEntries && upper.startsWith(form + "_"))) {
                    return true;
                }
            }
            return false;
        }

        private String variable(Form form) {
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < name.getNumberOfElements(); i++) {
                elements.add(name.getElement(i, form).toUpperCase(Locale.ROOT));
            }
            return String.join("_", elements);
        }
    }

    private KnownSettings(List<Setting> settings, Map<ConfigurationPropertyName, String> withdrawn) {
        this.settings = List.copyOf(settings);
        this.withdrawn = Map.copyOf(withdrawn);
        this.withdrawnByGroup = this.withdrawn.entrySet().stream()
                .collect(Collectors.groupingBy(
                        entry -> entry.getKey().getNumberOfElements() >= 2
                                ? group(entry.getKey())
                                : entry.getKey().getElement(0, Form.UNIFORM),
                        Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        this.own = settings.stream().filter(Setting::isTheServices).toList();
        this.ownVariableGroups = own.stream()
                .map(setting -> setting.name().getElement(1, Form.DASHED).toUpperCase(Locale.ROOT))
                .flatMap(group -> Stream.of(group.replace("-", ""), group.replace('-', '_')))
                .map(group -> PREFIX.toUpperCase(Locale.ROOT) + "_" + group)
                .collect(Collectors.toUnmodifiableSet());
        this.byGroup = settings.stream()
                .filter(setting -> setting.name().getNumberOfElements() >= 2)
                .collect(Collectors.groupingBy(setting -> group(setting.name())));
        this.firstElements = settings.stream()
                .map(setting -> setting.name().getElement(0, Form.UNIFORM))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The list read ahead on another thread, while the application starts (see {@link #readAhead}). */
    private static volatile ReadAhead readAhead;

    private record ReadAhead(ClassLoader classLoader, CompletableFuture<KnownSettings> settings) {}

    /**
     * Starts reading the list on another thread: parsing some 600 KB of Spring Boot's metadata took about
     * a quarter of a second of the start's main thread, which meanwhile has Spring's own work to do.
     */
    static void readAhead(ClassLoader classLoader) {
        readAhead = new ReadAhead(classLoader, CompletableFuture.supplyAsync(() -> fromMetadata(classLoader)));
    }

    /** The list read ahead for this class loader, once it is read; else read now. */
    static KnownSettings of(ClassLoader classLoader) {
        ReadAhead ahead = readAhead;
        if (ahead == null || ahead.classLoader() != classLoader) {
            return fromMetadata(classLoader);
        }
        try {
            return ahead.settings().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The settings the metadata on the class path lists. */
    static KnownSettings fromMetadata(ClassLoader classLoader) {
        JsonMapper json = JsonMapper.builder().build();
        List<Setting> settings = new ArrayList<>();
        Map<ConfigurationPropertyName, String> withdrawn = new HashMap<>();
        try {
            for (String metadata : METADATA) {
                for (URL resource : Collections.list(classLoader.getResources(metadata))) {
                    try (InputStream in = resource.openStream()) {
                        for (JsonNode property : json.readTree(in).path("properties")) {
                            ConfigurationPropertyName name = ConfigurationPropertyName.of(
                                    property.path("name").asString());
                            settings.add(new Setting(
                                    name, holdsEntries(property.path("type").asString())));
                            JsonNode deprecation = property.path("deprecation");
                            // A warning is still bound; an error is not read at all any more.
                            if ("error".equals(deprecation.path("level").asString())) {
                                withdrawn.put(
                                        name, deprecation.path("replacement").asString(""));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The list of known settings could not be read", e);
        }
        if (settings.stream().noneMatch(Setting::isTheServices)) {
            // Without the list every setting would look unknown; a build that lost it must not start.
            throw new IllegalStateException(METADATA.get(0) + " lists no " + PREFIX + " settings: the build is broken");
        }
        return new KnownSettings(settings, withdrawn);
    }

    /** Lists, sets, arrays and maps take names below their own ({@code logging.level.org.h2}). */
    private static boolean holdsEntries(String type) {
        return type.startsWith("java.util.List")
                || type.startsWith("java.util.Set")
                || type.startsWith("java.util.Collection")
                || type.startsWith("java.util.Map")
                || type.equals("java.util.Properties")
                || type.endsWith("[]");
    }

    private static String group(ConfigurationPropertyName name) {
        return name.getElement(0, Form.UNIFORM) + "." + name.getElement(1, Form.UNIFORM);
    }

    boolean knows(ConfigurationPropertyName given) {
        if (given.getNumberOfElements() < 2) {
            // Known, or the parent of a known setting (as a YAML key without a value would be).
            return firstElements.contains(given.getElement(0, Form.UNIFORM));
        }
        return byGroup.getOrDefault(group(given), List.of()).stream().anyMatch(setting -> setting.binds(given));
    }

    /**
     * Whether a name of Spring's is one the metadata speaks for: a name of one or two elements
     * ({@code server.prot}), or one inside a group the metadata lists ({@code spring.datasource.urll}). Names
     * in groups it has nothing on ({@code spring.context.exit}, read by Spring Framework from the system
     * properties) are not this list's to judge.
     */
    boolean speaksFor(ConfigurationPropertyName given) {
        return given.getNumberOfElements() <= 2 || byGroup.containsKey(group(given));
    }

    /**
     * Whether a name's group is a slip of a group the metadata lists ({@code server.tomact.threads.max},
     * {@code logging.levl.org.h2}), rather than a group of its own it knows nothing of
     * ({@code spring.kafka.bootstrap-servers}): its second element within two edits of a known one's (one for an
     * element of four letters, none for a shorter one, so that jpa is not taken for jta).
     */
    boolean isSlipOfAGroup(ConfigurationPropertyName given) {
        if (given.getNumberOfElements() < 3 || byGroup.containsKey(group(given))) {
            return false;
        }
        String first = given.getElement(0, Form.UNIFORM);
        String second = given.getElement(1, Form.UNIFORM);
        int slack = second.length() >= 5 ? 2 : second.length() >= 4 ? 1 : 0;
        return byGroup.keySet().stream()
                .filter(group -> group.startsWith(first + "."))
                .anyMatch(group -> distance(group.substring(first.length() + 1), second) <= slack);
    }

    /** The setting that took the place of one Spring Boot no longer reads ("" when none did), if it is one. */
    Optional<String> withdrawn(ConfigurationPropertyName given) {
        // A withdrawn name equal to the given one, or above it, starts as it does: in its group, or (a name of
        // one element) under its first element.
        Stream<Map.Entry<ConfigurationPropertyName, String>> candidates = Stream.concat(
                withdrawnByGroup.getOrDefault(given.getElement(0, Form.UNIFORM), Map.of()).entrySet().stream(),
                given.getNumberOfElements() >= 2
                        ? withdrawnByGroup.getOrDefault(group(given), Map.of()).entrySet().stream()
                        : Stream.empty());
        return candidates
                // A list or map one is withdrawn in its entries' form too (spring.resources.static-locations[0]).
                .filter(entry -> entry.getKey().equals(given) || entry.getKey().isAncestorOf(given))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    boolean knowsVariable(String variable) {
        return own.stream().anyMatch(setting -> setting.bindsVariable(variable));
    }

    /**
     * Whether a variable names one of the service's groups of settings ({@code MSET_AUDIT_...},
     * {@code MSET_DATADIR}): only those are the service's to check. Others merely share the prefix, such as
     * {@code MSET_API_KEY} (the policy leads' export script) or the {@code MSET_SERVICE_HOST} and
     * {@code MSET_PORT} that Kubernetes sets for a service named mset.
     */
    boolean ownsVariable(String variable) {
        String upper = variable.toUpperCase(Locale.ROOT);
        return ownVariableGroups.stream().anyMatch(group -> upper.equals(group) || upper.startsWith(group + "_"));
    }

    /** The known setting whose name is nearest to the one given, when it is near enough to be a slip. */
    Optional<String> nearest(String given) {
        return EditDistance.nearest(
                given,
                settings.stream()
                        .filter(setting -> !withdrawn.containsKey(setting.name()))
                        .map(setting -> setting.name().toString())
                        .toList());
    }

    /** The service's own settings. */
    List<String> names() {
        return own.stream().map(setting -> setting.name().toString()).toList();
    }

    /** The edit distance between two names (insertions, deletions and substitutions). */
    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
