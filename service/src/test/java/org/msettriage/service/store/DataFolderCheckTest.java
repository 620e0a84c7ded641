package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.logging.impl.NoOpLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.mock.env.MockEnvironment;

/** Which folder or file a start on a database it cannot write is refused for, and in what words. */
class DataFolderCheckTest {

    private static final Path DATABASE = Path.of("/srv/mset/data/mset-triage");
    private static final Path FILE = Path.of("/srv/mset/data/mset-triage.mv.db");
    private static final Path FOLDER = Path.of("/srv/mset/data");

    @TempDir
    Path temp;

    private final List<String> warned = new ArrayList<>();
    private final DataFolderCheck check = new DataFolderCheck(destination -> new NoOpLog() {
        @Override
        public void warn(Object message) {
            warned.add(String.valueOf(message));
        }
    });

    @Test
    void aDatabaseFileThatCannotBeWrittenIsNamed() {
        assertThat(DataFolderCheck.problem(DATABASE, Set.of(FILE, FOLDER)::contains, path -> !path.equals(FILE)))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("The database file /srv/mset/data/mset-triage.mv.db cannot be written")
                        .contains("mset.data-dir"));
    }

    @Test
    void aNewDatabaseInAFolderThatCannotBeWrittenNamesTheFolder() {
        assertThat(DataFolderCheck.problem(DATABASE, Set.of(FOLDER)::contains, path -> false))
                .hasValueSatisfying(
                        problem -> assertThat(problem).startsWith("The data folder /srv/mset/data cannot be written"));
    }

    @Test
    void aFolderStillToBeMadeIsJudgedByTheNearestOneThatExists() {
        Path parent = Path.of("/srv/mset");
        assertThat(DataFolderCheck.problem(DATABASE, Set.of(parent)::contains, path -> !path.equals(parent)))
                .hasValueSatisfying(problem -> assertThat(problem).contains("(/srv/mset is read only"));
        assertThat(DataFolderCheck.problem(DATABASE, Set.of(parent)::contains, path -> true))
                .isEmpty();
    }

    @Test
    void aWritableDatabaseStarts() {
        assertThat(DataFolderCheck.problem(DATABASE, Set.of(FILE, FOLDER)::contains, path -> true))
                .isEmpty();
    }

    @Test
    void aDatabaseNamedByASettingGivenLaterIsLeftToItsOwnChecks() {
        // The postgres profile's URL is ${mset.database.url}, which tests give after this check runs.
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "${mset.database.url}");
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(WebApplicationType.SERVLET);

        assertThatCode(() -> check.postProcessEnvironment(environment, application))
                .doesNotThrowAnyException();
    }

    @Test
    void aDatabaseUnderTheHomeFolderIsFoundThereAsH2FindsIt() {
        assertThat(DataFolderCheck.databaseOf("jdbc:h2:file:~/mset/mset-triage;WRITE_DELAY=0"))
                .isEqualTo(Path.of(System.getProperty("user.home"), "mset", "mset-triage"));
        assertThat(DataFolderCheck.databaseOf("jdbc:h2:file:/srv/mset/data/mset-triage"))
                .isEqualTo(DATABASE);
    }

    @Test
    void theDataAndBackupsFoldersAreMadeTheServicesOnlyBeforeTheDatabaseOpens() throws IOException {
        Path data = Files.createDirectory(temp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path database = Files.writeString(data.resolve("mset-triage.mv.db"), "x");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Path backups = temp.resolve("elsewhere/backups");

        check.postProcessEnvironment(embeddedIn(data).withProperty("mset.backup.folder", backups.toString()), web());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups)))
                .isEqualTo("rwx------");
        assertThat(warned)
                .singleElement()
                .asString()
                .startsWith("The data folder " + data + " could be read by every user of this machine");
    }

    @Test
    void groupAccessIsKeptWhenTheSettingAsksForIt() throws IOException {
        Path data = temp.resolve("data");

        check.postProcessEnvironment(
                embeddedIn(data).withProperty("mset.data-dir-permissions", "owner-and-group"), web());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwxr-x---");
    }

    @Test
    void aPermissionsValueNotKnownStopsTheStartNamingTheOnesThatAre() {
        MockEnvironment environment =
                embeddedIn(temp.resolve("data")).withProperty("mset.data-dir-permissions", "private");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, web()))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith(
                        "mset.data-dir-permissions: 'private' is neither owner-only nor owner-and-group;");
    }

    private static MockEnvironment embeddedIn(Path folder) {
        return new MockEnvironment()
                .withProperty(
                        "spring.datasource.url", "jdbc:h2:file:" + folder.resolve("mset-triage") + ";WRITE_DELAY=0")
                .withProperty("mset.database.disk-reserve", "0B");
    }

    private static SpringApplication web() {
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(WebApplicationType.SERVLET);
        return application;
    }
}
