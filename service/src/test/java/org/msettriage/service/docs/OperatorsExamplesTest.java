package org.msettriage.service.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.service.security.Role;

/**
 * What an operator copies from the docs and the shipped configuration: the commands keep passwords and
 * keys off the command line (readable by every user of the machine through {@code ps}), and the
 * configuration's note on API clients names every role a client may be given (found by a new operator).
 */
class OperatorsExamplesTest {

    private static final Pattern SECRET_ARGUMENT = Pattern.compile(
            "--(?:mset\\.database\\.password|spring\\.datasource\\.password|mset\\.audit\\.[a-z-]*key)=");

    @Test
    void noCommandGivesAPasswordOrKeyAsAnArgument() {
        List<String> shown = Markdown.pagesOf(DocumentationTest.ROOT).stream()
                .flatMap(page -> page.codeBlocks().stream())
                .filter(block -> SECRET_ARGUMENT.matcher(block).find())
                .toList();

        assertThat(shown).isEmpty();
        assertThat(SECRET_ARGUMENT
                        .matcher("java -jar x.jar --mset.database.password=change-me")
                        .find())
                .isTrue();
        assertThat(SECRET_ARGUMENT.matcher("--mset.audit.identifier-key=abc").find())
                .isTrue();
    }

    @Test
    void theShippedNoteOnApiClientsNamesEveryRole() throws IOException {
        Path yml = DocumentationTest.ROOT.resolve("service/src/main/resources/application.yml");
        String text = Files.readString(yml);
        int start = text.indexOf("# API clients:");
        String note = text.substring(start, text.indexOf("# DEMO CLIENTS", start));

        assertThat(note).contains(Arrays.stream(Role.values()).map(Role::name).toList());
    }
}
