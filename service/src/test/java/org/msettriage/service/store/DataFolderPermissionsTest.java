package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which permissions a folder of children's data and its files are left with, and what an operator is told. */
class DataFolderPermissionsTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void theTestsRunOnAFileSystemThatKeepsPermissions() {
        // Linux and macOS, here and in CI: were it not so, these tests would prove nothing.
        assertThat(DataFolderPermissions.kept(Path.of(".").toAbsolutePath())).isTrue();
    }

    @Test
    void aFolderAndFilesEveryoneCouldReadAreMadeTheOwnersOnlyAndSaidSo() throws IOException {
        Path folder = folder("data", "rwxr-xr-x");
        Path database = file(folder, "mset-triage.mv.db", "rw-r--r--");

        var said = DataFolderPermissions.restrict("The data folder", folder, DataFolderAccess.OWNER_ONLY, f -> true);

        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(database)).isEqualTo("rw-------");
        assertThat(said)
                .hasValue("The data folder " + folder + " could be read by every user of this machine (rwxr-xr-x);"
                        + " it is now readable by the service's user only (rwx------); 1 file in it was narrowed to"
                        + " match, as mset.data-dir-permissions (owner-only) asks.");
    }

    @Test
    void ownerAndGroupLetsTheGroupReadButNeverWriteNorOthersRead() throws IOException {
        Path folder = folder("backups", "rwxrwxrwx");
        Path backup = file(folder, "mset-triage-20261206T011500123Z.zip", "rw-rw-rw-");

        var said = DataFolderPermissions.restrict(
                "The backups folder", folder, DataFolderAccess.OWNER_AND_GROUP, f -> true);

        assertThat(mode(folder)).isEqualTo("rwxr-x---");
        assertThat(mode(backup)).isEqualTo("rw-r-----");
        assertThat(said)
                .hasValueSatisfying(words ->
                        assertThat(words).contains("readable by the service's user and its group (rwxr-x---)"));
    }

    @Test
    void onlyTheFilesNamedAreNarrowed() throws IOException {
        Path folder = folder("data", "rwx------");
        Path database = file(folder, "mset-triage.mv.db", "rw-r--r--");
        Path other = file(folder, "notes.txt", "rw-r--r--");

        var said = DataFolderPermissions.restrict(
                "The data folder",
                folder,
                DataFolderAccess.OWNER_ONLY,
                f -> f.getFileName().toString().startsWith("mset-triage."));

        assertThat(mode(database)).isEqualTo("rw-------");
        assertThat(mode(other)).isEqualTo("rw-r--r--");
        assertThat(said)
                .hasValueSatisfying(
                        words -> assertThat(words)
                                .contains(
                                        "was readable by the service's user only already (rwx------); 1 file in it was narrowed"));
    }

    @Test
    void aFolderAlreadyPrivateIsLeftAndNothingIsSaid() throws IOException {
        Path folder = folder("data", "rwx------");
        Path database = file(folder, "mset-triage.mv.db", "rw-------");

        assertThat(DataFolderPermissions.restrict("The data folder", folder, DataFolderAccess.OWNER_ONLY, f -> true))
                .isEmpty();
        assertThat(mode(database)).isEqualTo("rw-------");
    }

    @Test
    void aNewFolderIsMadePrivateWhateverTheUmask() throws IOException {
        Path folder = temp.resolve("new/data");

        assertThat(DataFolderPermissions.restrict(
                        "The data folder", folder, DataFolderAccess.OWNER_AND_GROUP, f -> true))
                .isEmpty();
        assertThat(mode(folder)).isEqualTo("rwxr-x---");
    }

    @Test
    void aFileSystemWithoutPermissionsIsNotOneTheyAreKeptOn() throws IOException {
        URI zip = URI.create("jar:" + temp.resolve("folder.zip").toUri());
        try (FileSystem zipped = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            assertThat(DataFolderPermissions.kept(zipped.getPath("/data"))).isFalse();
        }
    }

    private Path folder(String name, String mode) throws IOException {
        Path folder = Files.createDirectory(temp.resolve(name));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(mode));
        return folder;
    }

    private static Path file(Path folder, String name, String mode) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
