package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.ruleset.RulesetStore.ScenarioFile;

/**
 * The base scenarios read from a folder the configuration names, as a candidate's scenarios/ folder and
 * the command line's --scenarios are: a file manager's hidden file is not a scenario, and a scenario in
 * another format or another encoding is refused by name rather than left unrun.
 */
class ScenarioLibraryFolderTest {

    @TempDir
    Path folder;

    @Test
    void theJsonFilesAreReadInNameOrderAndHiddenFilesLeftOut() throws Exception {
        Files.writeString(folder.resolve("b.json"), "{\"name\": \"b\"}");
        Files.writeString(folder.resolve("a.json"), "{\"name\": \"a\"}");
        Files.writeString(folder.resolve(".DS_Store"), "not the policy lead's");

        assertThat(ScenarioLibrary.folderFiles(folder))
                .extracting(ScenarioFile::name, ScenarioFile::json)
                .containsExactly(tuple("a.json", "{\"name\": \"a\"}"), tuple("b.json", "{\"name\": \"b\"}"));
    }

    @Test
    void aFileThatIsNotJsonOrNotUtf8IsRefusedByName() throws Exception {
        Files.writeString(folder.resolve("a.json"), "{\"name\": \"a\"}");
        Files.writeString(folder.resolve("b.yaml"), "name: b");
        Files.write(folder.resolve("c.json"), new byte[] {'{', (byte) 0xe9, '}'});

        assertThatThrownBy(() -> ScenarioLibrary.folderFiles(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("b.yaml: is not a scenario: scenario files are JSON (*.json)")
                .hasMessageContaining("c.json")
                .hasMessageContaining("UTF-8");
    }
}
