package org.msettriage.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.rules.engine.RulesetException;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.RulesetProblem;

/**
 * Every bad scenario file a candidate carries is named in one check, from a folder and a zip alike: a file
 * that is not UTF-8 JSON no longer hides those that are JSON but not scenarios until the next upload.
 */
class EveryBadCarriedScenarioTest {

    private static final String CAWN = "actions-cawn-consider-age-15-cse02.json";

    @TempDir
    Path folder;

    private Path scenarios;

    @BeforeEach
    void writePackagedRuleset() throws IOException {
        for (RulesetFile file : Candidates.packaged()) {
            Files.writeString(folder.resolve(file.name()), file.content());
        }
        scenarios = Files.createDirectories(folder.resolve("scenarios"));
        Files.writeString(scenarios.resolve("good.json"), Candidates.testData("scenarios/" + CAWN));
    }

    @Test
    void everyBadScenarioFileIsNamedWithItsOwnProblemFromAFolderAndAZipAlike() throws IOException {
        Files.writeString(scenarios.resolve("mine.yaml"), "name: mine");
        Files.writeString(scenarios.resolve("broken.json"), "{\"name\": \"broken\",\n");
        Files.writeString(
                scenarios.resolve("misspelt.json"),
                Candidates.testData("scenarios/" + CAWN).replace("\"nickname\": \"Dan\"", "\"nicknam\": \"Dan\""));
        Files.write(
                scenarios.resolve("latin-1.json"), "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        RulesetException fromFolder =
                catchThrowableOfType(RulesetException.class, () -> CandidateReading.fromFolder(folder));
        RulesetException fromZip =
                catchThrowableOfType(RulesetException.class, () -> CandidateReading.fromZip(zipOf(folder)));

        for (RulesetException refused : List.of(fromFolder, fromZip)) {
            assertThat(refused.problems()).allMatch(p -> p.kind() == RulesetProblem.Kind.OWN_SCENARIO);
            assertThat(refused.problems())
                    .extracting(RulesetProblem::toString)
                    .satisfiesExactly(
                            broken -> assertThat(broken).startsWith("scenarios/broken.json: is not a scenario"),
                            latin1 -> assertThat(latin1).startsWith("scenarios/latin-1.json:1:14: is not UTF-8 text"),
                            yaml -> assertThat(yaml)
                                    .isEqualTo("scenarios/mine.yaml: is not a scenario: scenario files are JSON"
                                            + " (*.json)"),
                            misspelt -> assertThat(misspelt)
                                    .startsWith("scenarios/misspelt.json:23:1: ")
                                    .endsWith("it has a field no scenario has: request.perpetrators[0].nicknam"
                                            + " (line 23)"));
        }
    }

    @Test
    void aBadRulesetFileStillNamesEveryBadScenarioFileAfterIt() throws IOException {
        Files.write(folder.resolve("notes.csv"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(scenarios.resolve("pins-nothing.json"), "{\"name\": \"nothing\", \"expected\": {}}");

        RulesetException refused =
                catchThrowableOfType(RulesetException.class, () -> CandidateReading.fromFolder(folder));

        assertThat(refused.problems())
                .extracting(RulesetProblem::file)
                .containsExactly("notes.csv", "scenarios/pins-nothing.json");
    }

    @Test
    void aCandidateWhoseFilesAllReadIsReadAsItIs() {
        RulesetFiles.Candidate read = CandidateReading.fromFolder(folder);

        assertThat(read.scenarios()).extracting(RulesetFile::name).containsExactly("good.json");
        assertThat(read.ruleset()).isEqualTo(RulesetFiles.fromDirectory(folder));
    }

    private static ByteArrayInputStream zipOf(Path from) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes);
                var paths = Files.walk(from)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(
                        "candidate/" + from.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
