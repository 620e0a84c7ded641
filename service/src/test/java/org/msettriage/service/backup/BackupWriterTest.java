package org.msettriage.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.store.PrivateFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * A backup file is made with the mode mset.data-dir-permissions allows, whatever the process's umask
 * would give it, so a copy moved out of its closed folder is still the service user's alone.
 */
class BackupWriterTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void theTestsRunWhereAFileMadeAsTheUmaskSaysCouldBeReadByOthers() throws IOException {
        // Linux and macOS with the usual umask (022): were a new file not world-readable, nothing would be shown.
        Path probe = Files.createTempFile("umask", ".probe");
        try {
            assertThat(Files.getPosixFilePermissions(probe).size()).isGreaterThan(0);
            Path plain = probe.resolveSibling(probe.getFileName() + ".plain");
            Files.write(plain, new byte[] {1});
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)))
                    .isEqualTo("rw-r--r--");
            Files.delete(plain);
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    void aBackupIsTheServiceUsersOnlyByDefault() throws IOException {
        Path backup = backUp(new MockEnvironment());

        assertThat(mode(backup)).isEqualTo("rw-------");
        assertThat(mode(backup.getParent())).isEqualTo("rwx------");
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.size()).isPositive();
        }
    }

    @Test
    void ownerAndGroupLetsTheGroupReadTheBackupButNeverWriteIt() throws IOException {
        Path backup = backUp(new MockEnvironment().withProperty("mset.data-dir-permissions", "owner-and-group"));

        assertThat(mode(backup)).isEqualTo("rw-r-----");
        assertThat(mode(backup.getParent())).isEqualTo("rwxr-x---");
    }

    private Path backUp(MockEnvironment environment) {
        SingleConnectionDataSource database =
                new SingleConnectionDataSource("jdbc:h2:file:" + temp.resolve("db/mset"), "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(database);
            jdbc.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
            Path folder = temp.resolve("backups");
            Path file = folder.resolve("mset-triage-20261206T061500000Z.zip");

            new BackupWriter(jdbc, new PrivateFiles(environment)).write(folder, file);

            return file;
        } finally {
            database.destroy();
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
