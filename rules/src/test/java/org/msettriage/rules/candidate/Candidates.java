package org.msettriage.rules.candidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.msettriage.rules.engine.PackagedModules;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;

/** Candidate rulesets for tests: the packaged ruleset with one file edited, as a policy lead would. */
public final class Candidates {

    static final Path SCENARIOS = Path.of(System.getProperty("test-data.dir", "../test-data"), "scenarios");

    private static List<Scenario> scenarios;

    private Candidates() {}

    public static List<RulesetFile> packaged() {
        return RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER);
    }

    /**
     * The engine of a ruleset whose DRL is the packaged ruleset's (it, or a change to its tables alone),
     * loaded from the DRL's compiled form built into the jar, as the service and the command line load it:
     * a compile of the same DRL again took about a second in each test. Any other DRL is compiled. Tests of
     * compiling itself compile (RulesetLintTest, KeptCompiledRulesetTest).
     */
    public static TriageEngine engine(List<RulesetFile> files) {
        return TriageEngine.compile(files, PackagedModules.ONLY);
    }

    /** The packaged ruleset with one file's text changed and the version moved on. */
    static List<RulesetFile> edited(String fileName, UnaryOperator<String> edit) {
        List<RulesetFile> files = new ArrayList<>();
        for (RulesetFile file : packaged()) {
            String content = file.name().equals(fileName) ? edit.apply(file.content()) : file.content();
            if (file.isProperties()) {
                content = content.replaceFirst("version=\\S+", "version=candidate-1");
            }
            if (file.name().equals(fileName) && content.equals(file.content())) {
                throw new IllegalArgumentException("the edit changed nothing in " + fileName);
            }
            files.add(new RulesetFile(file.name(), content));
        }
        return files;
    }

    /** A file of the test data both modules share, as text. */
    static String testData(String relativePath) {
        try {
            return Files.readString(SCENARIOS.getParent().resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized List<Scenario> scenarios() {
        if (scenarios == null) {
            scenarios = Scenario.readFolder(SCENARIOS);
        }
        return scenarios;
    }

    /** The 1-based line and column of the first place a text stands in a file. */
    static int[] positionOf(String text, String found) {
        int offset = text.indexOf(found);
        if (offset < 0) {
            throw new IllegalArgumentException("not found: " + found);
        }
        int line =
                (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return new int[] {line, offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1};
    }
}
