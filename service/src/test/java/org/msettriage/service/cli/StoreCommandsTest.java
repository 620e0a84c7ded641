package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code store compact} as an operator runs it: on the service's own settings, in words, never half done. */
class StoreCommandsTest {

    @TempDir
    Path folder;

    @Test
    void compactsTheFileInTheDataFolderAndSaysByHowMuch() throws Exception {
        Path file = aDatabaseWithRemovedRows();
        long before = Files.size(file);
        CommandRun command = new CommandRun();

        int status = command.store("store", "compact", "--mset.data-dir=" + folder);

        assertThat(status).as(command.err()).isZero();
        assertThat(Files.size(file)).isLessThan(before / 4);
        assertThat(command.out().strip())
                .matches("Compacted \\Q" + file + "\\E: [0-9,]+ bytes \\([0-9]+\\.[0-9] MB\\) before, [0-9,]+ bytes"
                        + " \\([0-9]+\\.[0-9] MB\\) now, in [0-9]+\\.[0-9] s\\. Nothing stored changed; the file keeps its"
                        + " owner and permissions; the service can be started again\\.");
        assertThat(rowsIn()).isEqualTo(100);
    }

    @Test
    void aFileTheServiceHoldsOpenIsLeftAloneWithWhatToDo() throws Exception {
        CommandRun command = new CommandRun();
        int status;
        try (DatabaseHeldOpen service = DatabaseHeldOpen.in(folder)) {
            status = command.store("store", "compact", "--mset.data-dir=" + folder);
        }

        assertThat(status).isEqualTo(2);
        assertThat(command.out()).isEmpty();
        assertThat(command.err().lines())
                .containsExactly(
                        "Nothing was changed: The database file " + folder.resolve("mset-triage.mv.db")
                                + " is in use by another process: another instance of the service, or an audit"
                                + " command, holds it open (SQL state 90020).",
                        "Stop every instance of the service on it (compacting needs the file to itself), and run"
                                + " this again.");
    }

    @Test
    void aFolderWithoutADatabaseIsNamedAndNoneIsMade() {
        CommandRun command = new CommandRun();

        int status = command.store("store", "compact", "--mset.data-dir=" + folder);

        assertThat(status).isEqualTo(2);
        assertThat(command.err().strip())
                .isEqualTo("Nothing was changed: there is no database at " + folder.resolve("mset-triage.mv.db")
                        + "; check mset.data-dir (the folder the service keeps its data in).");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aDatabaseServerIsNotCompactedFromHere() {
        CommandRun command = new CommandRun();

        int status = command.store(
                "store",
                "compact",
                "--spring.profiles.active=postgres",
                "--mset.database.url=jdbc:postgresql://127.0.0.1:1/mset");

        assertThat(status).isEqualTo(2);
        assertThat(command.err()).contains("not the embedded H2 file but a database server", "VACUUM FULL");
    }

    @Test
    void anH2DatabaseThatIsNotAFileIsNotCalledAServer() {
        CommandRun command = new CommandRun();

        int status = command.store("store", "compact", "--spring.datasource.url=jdbc:h2:mem:elsewhere");

        assertThat(status).isEqualTo(2);
        assertThat(command.err().strip())
                .isEqualTo("Nothing was changed: the database URL does not name an embedded H2 file (jdbc:h2:file:),"
                        + " which is all this command compacts.");
    }

    @Test
    void anythingButCompactGivesTheUsage() {
        CommandRun command = new CommandRun();

        assertThat(command.store("store")).isEqualTo(2);
        assertThat(command.err()).startsWith("Usage:").contains("java -jar mset-triage.jar store compact");
        command.forgetErr();
        assertThat(command.store("store", "compactt", "--mset.data-dir=" + folder))
                .isEqualTo(2);
        assertThat(command.err())
                .startsWith("Not understood: the word after store; the command is store compact")
                .contains("java -jar mset-triage.jar store compact");
        assertThat(command.out()).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aStrayWordGivesThisCommandsUsageNotAnothers() {
        // Found by an operator: the audit commands' usage came after "setting 1 is not a --name=value".
        CommandRun command = new CommandRun();

        assertThat(command.store("store", "compact", "extra-word")).isEqualTo(2);
        assertThat(command.err())
                .startsWith("Not understood: setting 1 is not a --name=value")
                .contains("java -jar mset-triage.jar store compact")
                .doesNotContain("audit verify");
    }

    @Test
    void helpIsAnsweredWithTheUsage() {
        CommandRun command = new CommandRun();

        assertThat(command.store("store", "compact", "--help")).isZero();
        assertThat(command.out()).startsWith("Usage:").contains("store compact");
        assertThat(command.err()).isEmpty();
    }

    @Test
    void theJarRunsItAsACommandNotAsTheServicesSettings() {
        CommandRun command = new CommandRun();

        assertThat(Commands.named(new String[] {"store", "compact"})).isTrue();
        assertThat(Commands.run(new String[] {"store"}, command.outStream(), command.errStream()))
                .isEqualTo(2);
        assertThat(command.err()).contains("java -jar mset-triage.jar store compact");
    }

    @Test
    void aMisspeltSettingStopsItBeforeTheDatabaseIsOpened() throws Exception {
        Path file = aDatabaseWithRemovedRows();
        long before = Files.size(file);
        CommandRun command = new CommandRun();

        int status = command.store("store", "compact", "--mset.data-dir=" + folder, "--mset.data-folder=/elsewhere");

        assertThat(status).isEqualTo(2);
        assertThat(command.err()).startsWith("Nothing was changed. ").contains("mset.data-folder");
        assertThat(Files.size(file)).isEqualTo(before);
    }

    /** The service's file in the folder, nearly all of it rows since removed. */
    private Path aDatabaseWithRemovedRows() throws SQLException {
        try (Connection connection = database(";MAX_COMPACT_TIME=0").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT PRIMARY KEY, content VARCHAR(2000))");
            for (int i = 0; i < 2_000; i++) {
                statement.execute("INSERT INTO kept VALUES (" + i + ", REPEAT('x', 1000))");
            }
            statement.execute("DELETE FROM kept WHERE id >= 100");
        }
        return folder.resolve("mset-triage.mv.db");
    }

    private int rowsIn() throws SQLException {
        try (Connection connection =
                        database(";IFEXISTS=TRUE;MAX_COMPACT_TIME=0").getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM kept")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private JdbcDataSource database(String options) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + folder.resolve("mset-triage") + options);
        database.setUser("sa");
        return database;
    }
}
