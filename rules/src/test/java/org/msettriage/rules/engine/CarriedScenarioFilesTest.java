package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a candidate carries in its scenarios/ folder are read alike from a folder and from a zip, and
 * as the command line's --scenarios folder is: a file that is not JSON is refused, not left unrun.
 */
class CarriedScenarioFilesTest {

    private static final String SCENARIO = "{\"name\": \"mine\"}";

    @TempDir
    Path folder;

    @Test
    void aCarriedScenarioThatIsNotJsonIsRefusedFromAFolderAndAZipAlike() throws IOException {
        // Left out without a word, a scenario saved as mine.json.txt would never run, and the candidate
        // would seem to hold for it.
        writePackaged();
        Path scenarios = Files.createDirectories(folder.resolve("scenarios"));
        Files.writeString(scenarios.resolve("mine.json.txt"), SCENARIO);
        Files.writeString(scenarios.resolve("yours.json"), SCENARIO);

        RulesetException fromFolder =
                catchThrowableOfType(RulesetException.class, () -> RulesetFiles.fromDirectoryWithScenarios(folder));
        RulesetException fromZip =
                catchThrowableOfType(RulesetException.class, () -> RulesetFiles.fromZipWithScenarios(zipOf(folder)));

        for (RulesetException refused : List.of(fromFolder, fromZip)) {
            assertThat(refused.problems())
                    .singleElement()
                    .hasToString("scenarios/mine.json.txt: is not a scenario: scenario files are JSON (*.json)")
                    .extracting(RulesetProblem::kind)
                    .isEqualTo(RulesetProblem.Kind.OWN_SCENARIO);
        }
    }

    @Test
    void aHiddenFileAmongTheScenariosIsNotThePolicyLeadsAndIsLeftOut() throws IOException {
        writePackaged();
        Path scenarios = Files.createDirectories(folder.resolve("scenarios"));
        Files.writeString(scenarios.resolve(".DS_Store"), "a file manager's");
        Files.writeString(scenarios.resolve("yours.json"), SCENARIO);

        RulesetFiles.Candidate fromFolder = RulesetFiles.fromDirectoryWithScenarios(folder);
        RulesetFiles.Candidate fromZip = RulesetFiles.fromZipWithScenarios(zipOf(folder));

        for (RulesetFiles.Candidate read : List.of(fromFolder, fromZip)) {
            assertThat(read.scenarios()).extracting(RulesetFile::name).containsExactly("yours.json");
        }
    }

    private void writePackaged() throws IOException {
        for (RulesetFile file : RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER)) {
            Files.writeString(folder.resolve(file.name()), file.content());
        }
    }

    private ByteArrayInputStream zipOf(Path from) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes);
                var paths = Files.walk(from)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(from.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
