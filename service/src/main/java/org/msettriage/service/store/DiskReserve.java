package org.msettriage.service.store;

import static org.msettriage.service.store.DiskFreeSpace.MB;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded database off a disk that is nearly full. H2 damaged its file beyond its own recovery
 * tool when writes met a full disk again and again (each failed write closed the store, each next call
 * opened it again and wrote into what it had left; found by an operator), so below a reserve of free space
 * no connection is given at all: nothing writes, nothing reopens the file, calls are answered 503 as in
 * any database fault, and the store is used again once the space is back.
 */
final class DiskReserve {

    /** PostgreSQL's SQL state for a full disk: the same meaning, said the way database drivers say it. */
    static final String DISK_FULL = "53100";

    /** How long one look at the free space stands: a look is a system call, and calls come by hundreds. */
    static final long LOOK_EVERY_NANOS = 250_000_000L;

    private static final Logger log = LoggerFactory.getLogger(DiskReserve.class);

    /** The free bytes on the data folder's disk, as the file system tells it. */
    interface FreeSpace {
        long bytes() throws IOException;
    }

    private final Path folder;
    private final long reserveBytes;
    private final FreeSpace freeSpace;
    private final LongSupplier nanoTime;
    // Set a look's length back from the start, so the first check looks.
    private volatile long lookedAt;
    private volatile boolean lacking;

    DiskReserve(Path folder, long reserveBytes, FreeSpace freeSpace, LongSupplier nanoTime) {
        this.folder = folder;
        this.reserveBytes = reserveBytes;
        this.freeSpace = freeSpace;
        this.nanoTime = nanoTime;
        this.lookedAt = nanoTime.getAsLong() - LOOK_EVERY_NANOS;
    }

    /** The reserve on the disk of the folder an embedded database is kept in. */
    static DiskReserve of(Path folder, long reserveBytes) {
        return new DiskReserve(folder, reserveBytes, () -> DiskFreeSpace.bytes(folder), System::nanoTime);
    }

    /** Why the service may not start on the folder's disk, or empty when it holds the reserve. */
    static Optional<String> shortAtStart(Path folder, long freeBytes, long reserveBytes) {
        if (freeBytes >= reserveBytes) {
            return Optional.empty();
        }
        return Optional.of("The disk of the data folder " + folder + " has " + freeBytes / MB
                + " MB free, less than the " + reserveBytes / MB + " MB the service keeps in reserve so"
                + " that a full disk cannot damage its database (mset.database.disk-reserve). Free some space, or"
                + " set mset.data-dir to a folder on a larger disk; nothing was started.");
    }

    /**
     * Refuses a connection while the disk holds less than the reserve.
     *
     * @throws SQLTransientConnectionException while the disk is short of its reserve
     */
    void check() throws SQLTransientConnectionException {
        long now = nanoTime.getAsLong();
        if (now - lookedAt >= LOOK_EVERY_NANOS) {
            look(now);
        }
        if (lacking) {
            throw new SQLTransientConnectionException(
                    "the data folder's disk is short of the space kept in reserve", DISK_FULL);
        }
    }

    private synchronized void look(long now) {
        if (now - lookedAt < LOOK_EVERY_NANOS) {
            return;
        }
        long free;
        try {
            free = freeSpace.bytes();
        } catch (IOException e) {
            // A disk that cannot say what it holds is judged by the writes themselves, as before the reserve.
            free = Long.MAX_VALUE;
        }
        boolean nowShort = free < reserveBytes;
        if (nowShort && !lacking) {
            log.error(
                    "The disk of the data folder {} has {} MB free, less than the {} MB kept in reserve"
                            + " (mset.database.disk-reserve): nothing is stored, and calls are answered 503, until"
                            + " more is free",
                    folder,
                    free / MB,
                    reserveBytes / MB);
        } else if (!nowShort && lacking) {
            log.warn("The disk of the data folder {} has {} MB free again; the store is used again", folder, free / MB);
        }
        lacking = nowShort;
        lookedAt = now;
    }
}
