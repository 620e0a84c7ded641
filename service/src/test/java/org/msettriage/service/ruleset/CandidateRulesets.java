package org.msettriage.service.ruleset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.msettriage.rules.decision.RiskAssessment;
import org.msettriage.rules.engine.PackagedModules;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.rules.scenario.ScenarioCheck;
import org.msettriage.rules.scenario.ScenarioUpdate;
import org.msettriage.service.TestData;

/** Candidate rulesets for service tests: the packaged one with a file edited and a new version. */
public final class CandidateRulesets {

    public static final String PACKAGED_VERSION = "2026.12.2";

    /** Tier V indicators, CURRENT, worth 2 points instead of 1: a weight a policy lead might raise. */
    public static final UnaryOperator<String> RAISE_VULNERABILITY_WEIGHT = csv -> csv.replace("V,1,1,1", "V,2,1,1");

    /**
     * A rule that fires itself again for ever, but only for a seven-year-old: no scenario has one, so
     * validation passes it (add it to missing.drl, which imports AssessedChild).
     */
    public static final String LOOPS_FOR_A_SEVEN_YEAR_OLD = TestData.read("rules/loops-for-a-seven-year-old.drl");

    private CandidateRulesets() {}

    public static List<RulesetFile> edited(String version, String fileName, UnaryOperator<String> edit) {
        List<RulesetFile> files = new ArrayList<>();
        for (RulesetFile file : RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER)) {
            String content = file.name().equals(fileName) ? edit.apply(file.content()) : file.content();
            if (file.isProperties()) {
                content = content.replaceFirst("version=\\S+", "version=" + version);
            }
            files.add(new RulesetFile(file.name(), content));
        }
        return files;
    }

    public static List<RulesetFile> raisedWeight(String version) {
        return edited(version, "points.csv", RAISE_VULNERABILITY_WEIGHT);
    }

    /**
     * The engine a test checks the service's answers against, for a ruleset whose DRL is the packaged one's
     * (it, or a change to its tables alone) loaded from the DRL's compiled form built into the jar, as the
     * service and the command line load it: compiling the same DRL again took seconds. Any other DRL is
     * compiled.
     */
    public static TriageEngine engine(List<RulesetFile> files) {
        return TriageEngine.compile(files, PackagedModules.ONLY);
    }

    /** The packaged ruleset's engine, loaded as {@link #engine(List)} loads it. */
    public static TriageEngine packagedEngine() {
        return engine(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));
    }

    /**
     * The first packaged scenario whose expected outcome the candidate changes, with the outcome the candidate
     * gives written in and its name begun with the prefix: the corrected scenario a policy lead would carry.
     */
    public static RulesetFile correctedFirstChange(List<RulesetFile> candidate, String prefix) {
        TriageEngine engine = engine(candidate);
        for (Scenario scenario : ScenarioLibrary.packaged()) {
            RiskAssessment gives = engine.assess(scenario.referral(), scenario.intelligence());
            if (!ScenarioCheck.problems(scenario.expected(), gives).isEmpty()) {
                String json =
                        TestData.read("scenarios/" + scenario.file()).replace("\"name\": \"", "\"name\": \"" + prefix);
                return new RulesetFile(scenario.file(), ScenarioUpdate.updated(json, gives));
            }
        }
        throw new IllegalStateException("The candidate changes no packaged scenario's outcome");
    }

    /** A zip of the files inside one folder, as zipping a folder in a file manager gives. */
    public static byte[] zip(List<RulesetFile> files) {
        return zip(files, List.of());
    }

    /** The same zip with scenario files in the folder's scenarios/ sub-folder, as a candidate carries them. */
    public static byte[] zip(List<RulesetFile> files, List<RulesetFile> scenarios) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (RulesetFile file : files) {
                zip.putNextEntry(new ZipEntry("candidate/" + file.name()));
                zip.write(file.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            for (RulesetFile scenario : scenarios) {
                zip.putNextEntry(new ZipEntry("candidate/scenarios/" + scenario.name()));
                zip.write(scenario.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip of a folder's files byte for byte as saved (whatever their encoding), inside one folder. */
    public static byte[] zipAsSaved(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                java.util.stream.Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(folder.getFileName() + "/" + path.getFileName()));
                zip.write(Files.readAllBytes(path));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static void write(Path folder, List<RulesetFile> files) {
        try {
            Files.createDirectories(folder);
            for (RulesetFile file : files) {
                Files.writeString(folder.resolve(file.name()), file.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
