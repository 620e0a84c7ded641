package org.msettriage.service.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.msettriage.rules.scenario.Scenario;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The scenarios every candidate is checked against: test-data/scenarios as packaged with the service, or
 * a folder the configuration names. Read once, when first needed, so they cost nothing at start.
 */
@Component
public class ScenarioLibrary {

    static final String PACKAGED = "classpath*:mset-scenarios/*.json";

    private final String folder;
    private volatile List<Scenario> scenarios;

    ScenarioLibrary(RulesetSettings settings) {
        this.folder = settings.scenarios();
    }

    public List<Scenario> scenarios() {
        List<Scenario> read = scenarios;
        if (read == null) {
            synchronized (this) {
                if (scenarios == null) {
                    scenarios = folder == null || folder.isBlank() ? packaged() : Scenario.readFolder(Path.of(folder));
                }
                read = scenarios;
            }
        }
        return read;
    }

    /** The scenarios packaged with the service (test-data/scenarios at build time). */
    public static List<Scenario> packaged() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PACKAGED);
            List<Scenario> read = new ArrayList<>();
            for (Resource resource : Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList()) {
                read.add(Scenario.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            if (read.isEmpty()) {
                throw new IllegalStateException("No scenarios are packaged at " + PACKAGED);
            }
            return List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged scenarios", e);
        }
    }
}
