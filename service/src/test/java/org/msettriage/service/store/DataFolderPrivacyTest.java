package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** What the service's start does to the folders of the embedded database and its backups, as configured. */
class DataFolderPrivacyTest {

    @TempDir
    Path temp;

    @Test
    void theDataAndBackupsFoldersAreMadeTheServicesOnly() throws IOException {
        Path data = Files.createDirectory(temp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path database = Files.writeString(data.resolve("mset-triage.mv.db"), "x");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        Path backups = temp.resolve("elsewhere/backups");

        started(embeddedIn(data).withProperty("mset.backup.folder", backups.toString()));

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(database)).isEqualTo("rw-------");
        assertThat(mode(backups)).isEqualTo("rwx------");
    }

    @Test
    void groupAccessIsKeptWhenTheSettingAsksForIt() throws IOException {
        Path data = temp.resolve("data");

        started(embeddedIn(data).withProperty("mset.data-dir-permissions", "owner-and-group"));

        assertThat(mode(data)).isEqualTo("rwxr-x---");
    }

    @Test
    void aDatabaseServerLeavesTheFoldersAlone() {
        Path data = temp.resolve("data");

        started(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/mset")
                .withProperty("mset.backup.folder", data.resolve("backups").toString()));

        assertThat(data).doesNotExist();
    }

    @Test
    void aPermissionsValueNotKnownStopsTheStartNamingTheOnesThatAre() {
        MockEnvironment environment =
                embeddedIn(temp.resolve("data")).withProperty("mset.data-dir-permissions", "private");

        assertThatThrownBy(() -> started(environment))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith(
                        "mset.data-dir-permissions: 'private' is neither owner-only nor owner-and-group;");
    }

    private static void started(MockEnvironment environment) {
        DataFolderPrivacy privacy = new DataFolderPrivacy();
        privacy.setEnvironment(environment);
        privacy.postProcessBeanFactory(new DefaultListableBeanFactory());
    }

    private static MockEnvironment embeddedIn(Path folder) {
        return new MockEnvironment()
                .withProperty(
                        "spring.datasource.url", "jdbc:h2:file:" + folder.resolve("mset-triage") + ";WRITE_DELAY=0");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
