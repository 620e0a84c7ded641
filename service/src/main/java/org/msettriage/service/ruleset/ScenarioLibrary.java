package org.msettriage.service.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.msettriage.rules.candidate.RulesetValidator;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetProblem;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.rules.scenario.ScenarioUpdate;
import org.msettriage.service.ruleset.RulesetStore.ScenarioFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The scenarios candidates are checked against: those kept with the ruleset that serves, written when a
 * second policy lead approved it with the scenario changes it knowingly made; for a ruleset with none of
 * its own, the base set (test-data/scenarios as packaged with the service, or a folder the configuration
 * names). The base is read once, when first needed, so it costs nothing at start.
 */
@Component
public class ScenarioLibrary {

    static final String PACKAGED = "classpath*:mset-scenarios/*.json";

    private final String folder;
    private final RulesetStore store;
    private final ActiveRuleset active;
    private final Duration candidateBudget;
    private volatile List<ScenarioFile> base;
    private volatile List<Scenario> baseScenarios;
    // Parsed scenarios by their name and text: a version's set is read from the database each time (another instance
    // may have approved it again since), but a file parsed once is not parsed again.
    private final Map<String, Scenario> parsed = new ConcurrentHashMap<>();
    private static final int MOST_PARSED = 20_000;

    ScenarioLibrary(RulesetSettings settings, RulesetStore store, ActiveRuleset active) {
        this.folder = settings.scenarios();
        this.candidateBudget = settings.budgets().candidate();
        this.store = store;
        this.active = active;
    }

    /** The scenarios of the ruleset that serves: what every candidate is checked against. */
    public List<Scenario> scenarios() {
        return scenariosOf(active.engine().identity().version());
    }

    /**
     * What the scenarios of the ruleset that serves are, as a short text: its version and a digest of its
     * set's files. It changes when another ruleset serves, and when the serving one's set is written again
     * (a version approved anew), so an answer worked out over a set can be kept for as long as it is the same.
     */
    public String servingSetIdentity() {
        String serving = active.engine().identity().version();
        List<ScenarioFile> own = store.scenarios(serving);
        return serving + " " + digest(own.isEmpty() ? base() : own);
    }

    static String digest(List<ScenarioFile> files) {
        // Each file by its name and its text's SHA-256, one a line: a name holds no line break and a digest is
        // of fixed length, so no two different sets read alike.
        return FileDigest.sha256(files.stream()
                .map(file -> file.name() + " " + FileDigest.sha256(file.json()))
                .collect(Collectors.joining("\n")));
    }

    /** The scenarios a version is checked by while it serves: the set it was approved with, or the base set. */
    public List<Scenario> scenariosOf(String version) {
        List<ScenarioFile> own = store.scenarios(version);
        return own.isEmpty() ? baseScenarios() : parsedOnce(own);
    }

    /**
     * The scenarios of the ruleset that serves with those a candidate carries laid over them (one of the same
     * name in place of the serving set's): the set it would be approved with, which its impact replays.
     */
    public List<Scenario> scenariosCarriedBy(String candidateVersion) {
        List<ScenarioFile> carried = store.carriedScenarios(candidateVersion);
        return carried.isEmpty() ? scenarios() : parsedOnce(carrying(carried));
    }

    /** The scenarios a kept candidate carries of its own (none when it carries none). */
    public List<Scenario> carriedBy(String candidateVersion) {
        return parsedOnce(store.carriedScenarios(candidateVersion));
    }

    private List<Scenario> parsedOnce(List<ScenarioFile> files) {
        if (parsed.size() > MOST_PARSED) {
            parsed.clear();
        }
        return files.stream()
                .map(file -> parsed.computeIfAbsent(
                        file.name() + "\n" + file.json(), key -> Scenario.parse(file.name(), file.json())))
                .toList();
    }

    /**
     * A version's scenario files: the set it was approved with; for a candidate not yet approved, the
     * serving set with what it carries laid over it (what it would be approved with); else the base set.
     */
    public List<ScenarioFile> filesOf(String version) {
        List<ScenarioFile> own = store.scenarios(version);
        if (!own.isEmpty()) {
            return own;
        }
        List<ScenarioFile> carried = store.carriedScenarios(version);
        return carried.isEmpty() ? base() : carrying(carried);
    }

    /**
     * The set a candidate is kept with when approved: the serving ruleset's scenarios as they are now, with
     * the files the candidate carried laid over them, and each accepted change written in: every scenario
     * named (as {@code scenarios/<file>}, the way validation names broken ones) takes the candidate's
     * outcome in the fields it pins.
     */
    public List<ScenarioFile> accepting(String version, List<String> acceptedChanges, TriageEngine candidate) {
        Set<String> accepted = Set.copyOf(acceptedChanges);
        List<ScenarioFile> updated = new ArrayList<>();
        for (ScenarioFile file : carrying(store.carriedScenarios(version))) {
            if (accepted.contains(RulesetValidator.SCENARIO_FOLDER + file.name())) {
                Scenario scenario = Scenario.parse(file.name(), file.json());
                updated.add(new ScenarioFile(
                        file.name(),
                        ScenarioUpdate.updated(
                                file.json(),
                                candidate.assessWithin(
                                        candidateBudget, scenario.referral(), scenario.intelligence()))));
            } else {
                updated.add(file);
            }
        }
        return updated;
    }

    /**
     * The serving ruleset's scenario files with those a candidate carries laid over them: one of the same
     * name replaces it, a new name is added. A candidate carries what it changes, not the whole set.
     */
    private List<ScenarioFile> carrying(List<ScenarioFile> carried) {
        String serving = active.engine().identity().version();
        List<ScenarioFile> servingSet = store.scenarios(serving);
        Map<String, ScenarioFile> byName = new java.util.TreeMap<>();
        (servingSet.isEmpty() ? base() : servingSet).forEach(file -> byName.put(file.name(), file));
        carried.forEach(file -> byName.put(file.name(), file));
        return List.copyOf(byName.values());
    }

    private List<Scenario> baseScenarios() {
        List<Scenario> parsed = baseScenarios;
        if (parsed == null) {
            parsed = parse(base());
            baseScenarios = parsed;
        }
        return parsed;
    }

    private List<ScenarioFile> base() {
        List<ScenarioFile> read = base;
        if (read == null) {
            synchronized (this) {
                if (base == null) {
                    base = folder == null || folder.isBlank() ? packagedFiles() : folderFiles(Path.of(folder));
                }
                read = base;
            }
        }
        return read;
    }

    private static List<Scenario> parse(List<ScenarioFile> files) {
        return files.stream().map(f -> Scenario.parse(f.name(), f.json())).toList();
    }

    /** The scenarios packaged with the service (test-data/scenarios at build time). */
    public static List<Scenario> packaged() {
        return parse(packagedFiles());
    }

    private static List<ScenarioFile> packagedFiles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PACKAGED);
            List<ScenarioFile> read = new ArrayList<>();
            for (Resource resource : Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList()) {
                read.add(new ScenarioFile(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            if (read.isEmpty()) {
                throw new IllegalStateException("No scenarios are packaged at " + PACKAGED);
            }
            return List.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged scenarios", e);
        }
    }

    /**
     * A configured folder's scenario files, read as a candidate's scenarios/ folder and the command line's
     * {@code --scenarios} are ({@link RulesetFiles#scenarioFiles}): hidden files left out, and a file that
     * is not JSON or not UTF-8 text refused, every one named, so that no scenario goes unrun unsaid.
     */
    static List<ScenarioFile> folderFiles(Path folder) {
        List<RulesetProblem> problems = new ArrayList<>();
        List<RulesetFile> files = RulesetFiles.scenarioFiles(folder, "", RulesetProblem.Kind.FILES, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The scenarios in " + folder + " cannot all be read: "
                    + problems.stream().map(RulesetProblem::toString).collect(Collectors.joining("; ")));
        }
        return files.stream()
                .map(file -> new ScenarioFile(file.name(), file.content()))
                .toList();
    }
}
