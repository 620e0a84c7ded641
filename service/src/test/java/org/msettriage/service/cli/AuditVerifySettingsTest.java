package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `audit verify` refuses a setting it does not have before it reads anything: a misspelt key would leave
 * the one in application.yml in force, and every record would read as altered.
 */
class AuditVerifySettingsTest {

    @Test
    void aMisspeltKeyStopsTheCheckBeforeItRuns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AuditCommands.run(
                new String[] {
                    "audit",
                    "verify",
                    "--spring.datasource.url=jdbc:h2:mem:never-opened",
                    "--mset.audit.seal-kye=EuKltEXfE71wWQqWtw80//fkZwbtL5m3aks1KcVPf44="
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("The check did not run. Unknown setting: mset.audit.seal-kye (the command line; did you"
                        + " mean mset.audit.seal-key?)");
    }

    @Test
    void aDataFolderWithNoDatabaseIsSaidToHaveNone(@TempDir Path folder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AuditCommands.run(
                new String[] {"audit", "verify", "--mset.data-dir=" + folder.resolve("typo")},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("The check could not run: there is no database at " + folder.resolve("typo"))
                .doesNotContain("If the service is running");
    }

    @Test
    void anOptionItDoesNotHaveIsNamedWithTheOneItMayMean() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = AuditCommands.run(
                new String[] {"audit", "verify", "--jsn"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Not understood: --jsn (did you mean --json?)");
    }
}
