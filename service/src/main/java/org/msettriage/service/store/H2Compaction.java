package org.msettriage.service.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Gives a stopped service's embedded H2 file back the space its dead pages hold. The running service keeps
 * the file within a few times its live data and reuses freed space, but never makes the file smaller
 * (an upgrade that rewrites tables, such as migration 39, can double it). H2's {@code SHUTDOWN COMPACT}
 * writes the live data to a new file beside the old one ({@code <file>.tempFile}) and then puts it in the
 * old one's place: nothing stored changes, and a failure part way (a full disk, say) leaves the old file
 * as it was.
 */
public final class H2Compaction {

    /** The file's size before and after, and how long the compaction took. */
    public record Result(long bytesBefore, long bytesAfter, Duration took) {}

    /** The free space of a folder's disk, in bytes (as {@link DiskFreeSpace#bytes} gives it). */
    @FunctionalInterface
    public interface FreeSpace {
        long bytes(Path folder) throws IOException;
    }

    /** Too little free space beside the file for its compacted copy; nothing was changed. */
    public static final class NoRoom extends RuntimeException {
        NoRoom(long needed, long free) {
            super("compacting needs about " + megabytes(needed) + " free beside the database file for the copy it"
                    + " writes, and the disk has " + megabytes(free));
        }
    }

    /** Compacted, but the new file could not be given the old one's owner and permissions. */
    public static final class AccessNotRestored extends RuntimeException {
        AccessNotRestored(Path file, FileAccess access) {
            super("the file was compacted, but could not be given back its owner ("
                    + access.owner().getName()
                    + ")"
                    + (access.permissions() == null
                            ? ""
                            : " and permissions (" + PosixFilePermissions.toString(access.permissions()) + ")")
                    + "; give them to " + file + " (chown, chmod) before the service starts on it");
        }
    }

    /**
     * The new file holds the live pages, which H2 counts as the share of the file in chunks times the
     * share of those chunks still live; the copy measured a fifth under that estimate, and a tenth more is
     * asked for beside it.
     */
    static final int MARGIN_PERCENT = 10;

    private H2Compaction() {}

    /**
     * Compacts the embedded H2 database the data source opens, whose file is the one given, when the disk
     * has room for the copy; the database is closed afterwards.
     *
     * @throws NoRoom when the disk has too little space for the copy (nothing is changed)
     * @throws SQLException when the database cannot be opened (another process holding it, say) or fails
     */
    public static Result compact(DataSource database, Path file, FreeSpace freeSpace) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            long before = Files.size(file);
            long needed = copyBytes(statement, before);
            long free = freeSpace.bytes(file.toAbsolutePath().getParent());
            if (free < needed) {
                throw new NoRoom(needed, free);
            }
            FileAccess access = FileAccess.of(file);
            long started = System.nanoTime();
            statement.execute("SHUTDOWN COMPACT");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            // The new file is whoever ran this's, with their umask: run as root for a service running as
            // its own user, the service could no longer write it, and could not start.
            try {
                access.restore(file);
            } catch (IOException e) {
                throw new AccessNotRestored(file, access);
            }
            return new Result(before, Files.size(file), took);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** About what the compacted copy takes on the disk, with the margin. */
    static long copyBytes(Statement statement, long fileBytes) throws SQLException {
        Map<String, Long> info = new HashMap<>();
        try (ResultSet rows =
                statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rows.next()) {
                info.put(rows.getString(1), Long.parseLong(rows.getString(2).strip()));
            }
        }
        // Whole percents, rounded down: a file a thousandth live says 0, and is asked for one percent.
        long live = fileBytes
                * info.getOrDefault("info.FILL_RATE", 100L)
                / 100
                * Math.max(1, info.getOrDefault("info.CHUNKS_FILL_RATE", 100L))
                / 100;
        return live + live * MARGIN_PERCENT / 100;
    }

    /** The owner and POSIX permissions of a file, to be given back to the file that replaces it. */
    private record FileAccess(UserPrincipal owner, Set<PosixFilePermission> permissions) {

        static FileAccess of(Path file) throws IOException {
            return new FileAccess(
                    Files.getOwner(file),
                    Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)
                            ? Files.getPosixFilePermissions(file)
                            : null);
        }

        void restore(Path file) throws IOException {
            if (!Files.getOwner(file).equals(owner)) {
                Files.setOwner(file, owner);
            }
            if (permissions != null) {
                Files.setPosixFilePermissions(file, permissions);
            }
        }
    }

    /** Bytes as counted, and in megabytes, so that a small change still shows. */
    public static String sized(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes (%s)", bytes, megabytes(bytes));
    }

    /** Bytes in megabytes (10^6, as the benchmarks and the docs give sizes), one decimal. */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
