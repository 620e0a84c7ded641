package org.msettriage.service.store;

import static org.msettriage.service.store.DiskFreeSpace.MB;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Gives a stopped service's embedded H2 file back the space its dead pages hold. The running service keeps
 * the file within about twice its live data and reuses freed space, but never makes the file smaller (an
 * upgrade that rewrites tables, such as migration 39, can double it). H2's {@code SHUTDOWN COMPACT} writes
 * the live data to a new file beside the old one ({@code <file>.tempFile}) and then puts it in the old
 * one's place: nothing stored changes, and a failure part way leaves the old file as it was. H2 only
 * traces such a failure, so it is told from the copy left behind, which is then removed.
 */
public final class H2Compaction {

    /** The file's size before and after, and how long the compaction took. */
    public record Result(long bytesBefore, long bytesAfter, Duration took) {}

    /** Refused before anything was changed, saying why and what to do. */
    public static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why);
        }
    }

    /** Begun but not finished as it should: the message says what state the file is in, and what to do. */
    public static final class Failed extends RuntimeException {
        Failed(String what) {
            super(what);
        }
    }

    /** A tenth more than the estimate, and a MB, are asked for beside it. */
    static final int MARGIN_PERCENT = 10;

    /**
     * URL options under which the command would not have the file to itself: through an automatic server
     * it would shut down the running service's database, and without the file lock it would open the file
     * beside the service.
     */
    private static final List<String> SHARED = List.of("AUTO_SERVER=TRUE", "FILE_LOCK=NO");

    private H2Compaction() {}

    /**
     * Compacts the embedded H2 database the URL names (opened through the data source), whose file is the one
     * given, when it may and the disk has room for the copy; the database is closed afterwards.
     *
     * @throws Refused when it may not, or the disk has too little room (nothing is changed)
     * @throws Failed when it began but did not finish as it should (the message says what to do)
     * @throws SQLException when the database cannot be opened (another process holding it, say)
     */
    public static Result compact(String url, DataSource database, Path file, DiskFreeSpace.OfFolder freeSpace)
            throws SQLException, IOException {
        String options = url.toUpperCase(Locale.ROOT).replace(" ", "");
        for (String shared : SHARED) {
            if (options.contains(";" + shared)) {
                throw new Refused("the database URL sets " + shared + ", under which the file may be open in the"
                        + " service too; compact it with a URL without it, every instance stopped");
            }
        }
        if (Files.isSymbolicLink(file)) {
            throw new Refused(file + " is a symbolic link, which compacting would replace with a file of its own;"
                    + " point mset.data-dir at the folder that holds the file itself");
        }
        Path copy = sibling(file, ".tempFile");
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            long before = Files.size(file);
            FileAccess access = FileAccess.of(file);
            access.refuseUnlessGivenBack(file.toAbsolutePath().getParent());
            // A copy an interrupted compaction left: H2 would write over it, but its space counts as taken.
            Files.deleteIfExists(copy);
            long needed = copyBytes(statement, before);
            long free = freeSpace.of(file.toAbsolutePath().getParent());
            if (free < needed) {
                throw new Refused("compacting needs about " + megabytes(needed) + " free beside the database file"
                        + " for the copy it writes, and the disk has " + megabytes(free) + "; free some space on"
                        + " that disk and run it again");
            }
            long started = System.nanoTime();
            statement.execute("SHUTDOWN COMPACT");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            finished(file, copy, access);
            return new Result(before, Files.size(file), took);
        }
    }

    /** Checks that the copy took the file's place, and gives it the file's owner and permissions. */
    private static void finished(Path file, Path copy, FileAccess access) throws IOException {
        Path renamed = sibling(file, ".newFile");
        if (!Files.exists(file) && Files.isRegularFile(renamed)) {
            // H2 puts the copy in place in two moves where the file system cannot in one: finish the second.
            Files.move(renamed, file, StandardCopyOption.ATOMIC_MOVE);
        }
        if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
            String left = Files.isRegularFile(copy) && Files.deleteIfExists(copy)
                    ? "the copy it left was removed"
                    : "remove " + copy + ", which is in the way";
            throw new Failed("Compacting did not finish (H2 gives no reason; most often the disk filled while it"
                    + " wrote the copy): " + file + " is as it was, and " + left + ". Free some space on that disk"
                    + " and run it again");
        }
        try {
            access.giveBack(file);
        } catch (IOException e) {
            throw new Failed("Compacted, but " + file + " could not be given back " + access + " ("
                    + e.getClass().getSimpleName() + "); set them (chown, chmod) before the service starts on it");
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * About what the compacted copy takes on the disk, with the margin: the file's size times the share of
     * it in chunks and the share of those still live, as H2 counts them. H2 gives both in whole percents,
     * rounded down, which at the few percent live a file worth compacting can hold is a large error: each is
     * taken one percent higher.
     */
    static long copyBytes(Statement statement, long fileBytes) throws SQLException {
        Map<String, Long> info = new HashMap<>();
        try (ResultSet rows =
                statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rows.next()) {
                info.put(rows.getString(1), Long.parseLong(rows.getString(2).strip()));
            }
        }
        long live = fileBytes
                * Math.min(100, info.getOrDefault("info.FILL_RATE", 99L) + 1)
                / 100
                * Math.min(100, info.getOrDefault("info.CHUNKS_FILL_RATE", 99L) + 1)
                / 100;
        return live + live * MARGIN_PERCENT / 100 + MB;
    }

    /** The owner, group and POSIX permissions of a file, to be given to the file that replaces it. */
    private record FileAccess(UserPrincipal owner, GroupPrincipal group, Set<PosixFilePermission> permissions) {

        static FileAccess of(Path file) throws IOException {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix == null) {
                return new FileAccess(Files.getOwner(file), null, null);
            }
            PosixFileAttributes attributes = posix.readAttributes();
            return new FileAccess(attributes.owner(), attributes.group(), attributes.permissions());
        }

        /**
         * Refuses, before anything changes, when the new file could not be given this owner and group: run by
         * another user than root, the compacted file would be theirs, and the service could not write it.
         */
        void refuseUnlessGivenBack(Path folder) throws IOException {
            Path probe = Files.createTempFile(folder, ".compaction-probe", "");
            try {
                setOwners(probe);
            } catch (IOException notPermitted) {
                throw new Refused("the file is " + owner.getName() + "'s, and a file this user writes could not be"
                        + " given to " + owner.getName() + " afterwards; run it as " + owner.getName() + " or as root");
            } finally {
                Files.deleteIfExists(probe);
            }
        }

        void giveBack(Path file) throws IOException {
            setOwners(file);
            if (permissions != null) {
                Files.setPosixFilePermissions(file, permissions);
            }
        }

        private void setOwners(Path file) throws IOException {
            if (!Files.getOwner(file).equals(owner)) {
                Files.setOwner(file, owner);
            }
            if (group != null) {
                PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
                if (!posix.readAttributes().group().equals(group)) {
                    posix.setGroup(group);
                }
            }
        }

        @Override
        public String toString() {
            return "its owner " + owner.getName() + (group == null ? "" : ", group " + group.getName())
                    + (permissions == null ? "" : " and permissions " + PosixFilePermissions.toString(permissions));
        }
    }

    /** Bytes as counted, and in megabytes, so that a small change still shows. */
    public static String bytesAndMegabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes (%s)", bytes, megabytes(bytes));
    }

    /** Bytes in MB of 1024 × 1024, as the service's other messages about disk space give them, one decimal. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
}
