package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.msettriage.service.audit.RetentionUnit;
import org.msettriage.service.store.DatabaseFileUnusableAnalyzer;
import org.msettriage.service.store.SchemaVersion;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * `audit verify` refuses a setting it does not have before it reads anything: a misspelt key would leave
 * the one in application.yml in force, and every record would read as altered.
 */
class AuditVerifySettingsTest {

    @Test
    void aMisspeltKeyStopsTheCheckBeforeItRuns() {
        CommandRun command = new CommandRun();

        int status = command.audit(
                "audit",
                "verify",
                "--spring.datasource.url=jdbc:h2:mem:never-opened",
                "--mset.audit.seal-kye=EuKltEXfE71wWQqWtw80//fkZwbtL5m3aks1KcVPf44=");

        assertThat(status).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err())
                .startsWith("The check did not run. Unknown setting: mset.audit.seal-kye (the command line; did you"
                        + " mean mset.audit.seal-key?)");
    }

    @Test
    void aRetentionWithoutAUnitIsRefusedInTheStartsWords() {
        // It was read as days here while the service refused it: the two could judge removals differently.
        CommandRun command = new CommandRun();

        int status = command.audit(
                "audit", "verify", "--spring.datasource.url=jdbc:h2:mem:never-opened", "--mset.audit.retention=6");

        assertThat(status).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        String startWords = RetentionUnit.problem(
                        new MockEnvironment().withProperty("mset.audit.retention", "6"), Duration.ofDays(6))
                .orElseThrow();
        assertThat(command.err())
                .isEqualTo("The check did not run. " + startWords + System.lineSeparator())
                .startsWith("The check did not run. mset.audit.retention is 6 without a unit, which may be meant as"
                        + " days or as years: give the unit, such as 2192d (six years) or 6d (6 days).");
    }

    @Test
    void aDatabaseAnOlderBuildLeftIsRefusedNotReadAsAltered(@TempDir Path folder) {
        // This build reads hashes as bytes (migration 39): read as an older build kept them, every seal
        // would fail, and an auditor would be told the whole record was altered.
        OldStore old = new OldStore(
                new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("mset-triage"), "sa", ""), "h2");
        old.flyway().target("38").load().migrate();
        CommandRun command = new CommandRun();

        int status = command.audit("audit", "verify", "--mset.data-dir=" + folder);

        assertThat(status).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err())
                .isEqualTo("The check could not run: the database was last migrated by an older build (to migration"
                        + " 38; this build's is " + SchemaVersion.OF_THIS_BUILD + "): start the service of this build"
                        + " on it once, which migrates it, stop it, then run this again." + System.lineSeparator());
    }

    @Test
    void aRefusedPasswordIsSaidInWordsNotAsAServiceHoldingTheDatabase(@TempDir Path folder) throws Exception {
        // Found by an operator: a wrong password was told to use the API if the service was running.
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + folder.resolve("mset-triage"));
        database.setUser("sa");
        try (Connection connection = database.getConnection()) {
            connection.createStatement().execute("SHUTDOWN");
        }
        CommandRun command = new CommandRun();

        int status =
                command.audit("audit", "verify", "--mset.data-dir=" + folder, "--spring.datasource.password=wrong");

        assertThat(status).isEqualTo(2);
        assertThat(command.err())
                .startsWith("The check could not run: The database refused the user and password given")
                .doesNotContain("If the service is running");
    }

    @Test
    void aDatabaseTheServiceHoldsOpenIsSaidInWordsWithNoStackTrace(@TempDir Path folder) throws Exception {
        // Found by a new user: 27 lines of stack trace came before the one line that said what to do.
        CommandRun command = new CommandRun();
        int status;
        try (DatabaseHeldOpen service = DatabaseHeldOpen.in(folder)) {
            status = command.audit("audit", "verify", "--mset.data-dir=" + folder);
        }

        assertThat(status).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err().lines())
                .containsExactly(
                        "The check could not run: The database file " + folder.resolve("mset-triage.mv.db")
                                + " is in use by another process: another instance of the service, or an audit"
                                + " command, holds it open (SQL state 90020).",
                        "If the service is running on this database, use GET /api/v1/audit/verify instead,"
                                + " or verify a copy of the database.");
    }

    @Test
    void aDamagedDatabaseFileIsSaidInTheStartsWordsWithTheBackupToRestore(@TempDir Path folder) throws Exception {
        // Found by an operator: a damaged file read only "The check could not run" and exception types.
        Path file = folder.resolve("mset-triage.mv.db");
        Files.write(
                file, "not a database, only text written over one ".repeat(200).getBytes(StandardCharsets.UTF_8));
        CommandRun command = new CommandRun();

        int status = command.audit("audit", "verify", "--mset.data-dir=" + folder);

        assertThat(status).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err().lines())
                .containsExactly(
                        "The check could not run: The database file " + file + " could not be read: it is damaged,"
                                + " or is not an H2 database file at all (SQL state 90030).",
                        DatabaseFileUnusableAnalyzer.RESTORE);
    }

    @Test
    void aDataFolderWithNoDatabaseIsSaidToHaveNone(@TempDir Path folder) {
        CommandRun command = new CommandRun();

        int status = command.audit("audit", "verify", "--mset.data-dir=" + folder.resolve("typo"));

        assertThat(status).isEqualTo(2);
        assertThat(command.err())
                .startsWith("The check could not run: there is no database at " + folder.resolve("typo"))
                .doesNotContain("If the service is running");
    }

    @Test
    void anOptionItDoesNotHaveIsNamedWithTheOneItMayMean() {
        CommandRun command = new CommandRun();

        int status = command.audit("audit", "verify", "--jsn");

        assertThat(status).isEqualTo(2);
        assertThat(command.err()).startsWith("Not understood: --jsn (did you mean --json?)");
    }
}
