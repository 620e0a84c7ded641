package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stopped service's H2 file is given back the space of rows it no longer holds, and nothing else. */
class H2CompactionTest {

    private static final int ROWS = 4_000;
    private static final long ANY_ROOM = Long.MAX_VALUE;

    @TempDir
    Path folder;

    private Path file;
    private String url;
    private JdbcDataSource database;

    @BeforeEach
    void aFileHoldingMostlyRemovedRows() throws SQLException {
        file = folder.resolve("mset-triage.mv.db");
        database = new JdbcDataSource();
        // As the service opens it, but closed without H2's brief compaction at close, as a stop under
        // load leaves it.
        database.setURL("jdbc:h2:file:" + folder.resolve("mset-triage") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        database.setUser("sa");
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT PRIMARY KEY, content VARBINARY(2000))");
            for (int i = 0; i < ROWS; i++) {
                // One commit each, as decisions are stored: each leaves the pages it replaced behind.
                statement.execute("INSERT INTO kept VALUES (" + i + ", RANDOM_UUID() || REPEAT('x', 1000))");
            }
            statement.execute("DELETE FROM kept WHERE id >= 100");
        }
        // Each test reads the rows before and after: closing after a read leaves the file as it was.
        url = "jdbc:h2:file:" + folder.resolve("mset-triage") + ";IFEXISTS=TRUE;MAX_COMPACT_TIME=0";
        database.setURL(url);
    }

    @Test
    void theFileShrinksToLessThanTheRoomAskedForAndHoldsTheSameRows() throws Exception {
        String before = contentOf();
        long asked;
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            asked = H2Compaction.copyBytes(statement, Files.size(file));
        }
        long size = Files.size(file);

        H2Compaction.Result done = H2Compaction.compact(url, database, file, anyFolder -> ANY_ROOM);

        assertThat(done.bytesBefore()).isEqualTo(size);
        assertThat(done.bytesAfter()).isEqualTo(Files.size(file)).isLessThan(size / 4);
        // Enough for the copy, and far less than the file: most of it is removed rows.
        assertThat(asked).isGreaterThanOrEqualTo(done.bytesAfter()).isLessThan(size / 2);
        assertThat(done.took()).isPositive();
        assertThat(folder.resolve("mset-triage.mv.db.tempFile")).doesNotExist();
        assertThat(contentOf()).isEqualTo(before);
    }

    @Test
    void theNewFileKeepsTheOldOnesOwnerGroupAndPermissions() throws Exception {
        // Found by an operator: run as root for a service running as its own user, the compacted file was
        // root's, readable by all, and the service refused to start on it.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if ("root".equals(System.getProperty("user.name"))) {
            // As the operator did (only root may give a file away): to ids no user of this machine need have.
            UserPrincipalLookupService ids = file.getFileSystem().getUserPrincipalLookupService();
            posix.setOwner(ids.lookupPrincipalByName("65534"));
            posix.setGroup(ids.lookupPrincipalByGroupName("65534"));
        }
        UserPrincipal owner = posix.readAttributes().owner();
        GroupPrincipal group = posix.readAttributes().group();

        H2Compaction.compact(url, database, file, anyFolder -> ANY_ROOM);

        PosixFileAttributeView compacted = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        assertThat(compacted.readAttributes().permissions()).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(compacted.readAttributes().owner()).isEqualTo(owner);
        assertThat(compacted.readAttributes().group()).isEqualTo(group);
    }

    @Test
    void tooLittleFreeSpaceForTheCopyChangesNothing() throws Exception {
        String before = contentOf();
        long size = Files.size(file);

        assertThatThrownBy(() -> H2Compaction.compact(url, database, file, anyFolder -> 1_000))
                .isInstanceOf(H2Compaction.Refused.class)
                .hasMessageMatching("compacting needs about [0-9.]+ MB free beside the database file for the copy it"
                        + " writes, and the disk has 0\\.0 MB; free some space on that disk and run it again");
        // Opening and closing the file writes a little of H2's own; compacting would have taken most off.
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(size);
        assertThat(contentOf()).isEqualTo(before);
    }

    @Test
    void aCompactionThatDoesNotFinishIsSaidToHaveFailedNotDone() throws Exception {
        // Found by a review: H2 only traces a compaction that fails (a disk that fills while it writes the
        // copy), and SHUTDOWN COMPACT returns as if it had compacted. Here the copy's name is taken.
        String before = contentOf();
        long size = Files.size(file);
        Path copy = folder.resolve("mset-triage.mv.db.tempFile");

        assertThatThrownBy(() -> H2Compaction.compact(url, database, file, anyFolder -> {
                    Files.createDirectories(copy.resolve("in-the-way"));
                    return ANY_ROOM;
                }))
                .isInstanceOf(H2Compaction.Failed.class)
                .hasMessageStartingWith("Compacting did not finish")
                .hasMessageContaining(file + " is as it was, and remove " + copy + ", which is in the way");
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(size);
        // The failed shutdown keeps this JVM's lock on the file (the command's JVM ends there): its rows are
        // read from a copy, as the next start would read the file.
        Path readable = Files.copy(file, folder.resolve("as-left.mv.db"));
        database.setURL("jdbc:h2:file:" + folder.resolve("as-left") + ";IFEXISTS=TRUE");
        assertThat(contentOf()).isEqualTo(before);
        assertThat(readable).exists();
    }

    @Test
    void aCopyAnInterruptedCompactionLeftIsRemovedFirst() throws Exception {
        Path copy = Files.write(folder.resolve("mset-triage.mv.db.tempFile"), new byte[1024]);

        H2Compaction.compact(url, database, file, anyFolder -> {
            assertThat(copy).as("removed before the room is measured").doesNotExist();
            return ANY_ROOM;
        });

        assertThat(copy).doesNotExist();
    }

    @Test
    void aFileTheServiceMayHoldTooOrALinkToOneIsRefused() throws Exception {
        long size = Files.size(file);

        assertThatThrownBy(() -> H2Compaction.compact(url + ";AUTO_SERVER=TRUE", database, file, any -> ANY_ROOM))
                .isInstanceOf(H2Compaction.Refused.class)
                .hasMessageStartingWith("the database URL sets AUTO_SERVER=TRUE");
        assertThatThrownBy(() -> H2Compaction.compact(url + ";file_lock=no", database, file, any -> ANY_ROOM))
                .isInstanceOf(H2Compaction.Refused.class)
                .hasMessageStartingWith("the database URL sets FILE_LOCK=NO");
        Path link = Files.createSymbolicLink(folder.resolve("linked.mv.db"), file);
        assertThatThrownBy(() -> H2Compaction.compact(url, database, link, any -> ANY_ROOM))
                .isInstanceOf(H2Compaction.Refused.class)
                .hasMessageContaining("is a symbolic link");
        assertThat(Files.size(file)).isEqualTo(size);
    }

    private String contentOf() throws SQLException {
        StringBuilder content = new StringBuilder();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, content FROM kept ORDER BY id")) {
            while (rows.next()) {
                content.append(rows.getInt(1))
                        .append(':')
                        .append(rows.getString(2))
                        .append('\n');
            }
        }
        assertThat(content.toString().lines()).hasSize(100);
        return content.toString();
    }
}
