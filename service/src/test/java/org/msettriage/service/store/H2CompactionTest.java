package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
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

    @TempDir
    Path folder;

    private Path file;
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
        database.setURL("jdbc:h2:file:" + folder.resolve("mset-triage") + ";IFEXISTS=TRUE;MAX_COMPACT_TIME=0");
    }

    @Test
    void theFileShrinksAndHoldsTheSameRows() throws Exception {
        String before = contentOf();
        long size = Files.size(file);

        H2Compaction.Result done = H2Compaction.compact(database, file, anyFolder -> Long.MAX_VALUE);

        assertThat(done.bytesBefore()).isEqualTo(size);
        assertThat(done.bytesAfter()).isEqualTo(Files.size(file)).isLessThan(size / 4);
        assertThat(done.took()).isPositive();
        assertThat(folder.resolve("mset-triage.mv.db.tempFile")).doesNotExist();
        assertThat(contentOf()).isEqualTo(before);
    }

    @Test
    void theNewFileKeepsTheOldOnesOwnerAndPermissions() throws Exception {
        // Found by an operator: run as root for a service running as its own user, the compacted file was
        // root's, readable by all, and the service refused to start on it.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        UserPrincipal owner = Files.getOwner(file);
        if ("root".equals(System.getProperty("user.name"))) {
            // As the operator did; only root may give a file away.
            owner = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(file, owner);
        }

        H2Compaction.compact(database, file, anyFolder -> Long.MAX_VALUE);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getOwner(file)).isEqualTo(owner);
    }

    @Test
    void tooLittleFreeSpaceForTheCopyChangesNothing() throws Exception {
        String before = contentOf();
        long size = Files.size(file);

        assertThatThrownBy(() -> H2Compaction.compact(database, file, anyFolder -> 1_000))
                .isInstanceOf(H2Compaction.NoRoom.class)
                .hasMessageMatching("compacting needs about [0-9.]+ MB free beside the database file for the copy it"
                        + " writes, and the disk has 0\\.0 MB");
        // Opening and closing the file writes a little of H2's own; compacting would have taken most off.
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(size);
        assertThat(contentOf()).isEqualTo(before);
    }

    @Test
    void theRoomAskedForIsTheLiveShareOfTheFileAndAMargin() throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            long asked = H2Compaction.copyBytes(statement, 100_000_000L);
            // Most of this file is removed rows: far less than the file is asked for, but not nothing.
            assertThat(asked).isBetween(1_000_000L, 100_000_000L * (100 + H2Compaction.MARGIN_PERCENT) / 100);
        }
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
