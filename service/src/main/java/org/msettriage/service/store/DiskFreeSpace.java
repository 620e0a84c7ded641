package org.msettriage.service.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The space this service's user may still write on a folder's disk, asked in one place by the store's
 * reserve, health's disk space, the backups' room check and compaction's.
 */
public final class DiskFreeSpace {

    /** The free bytes on a folder's disk, as the file system tells it ({@link #bytes}, or a test's own). */
    @FunctionalInterface
    public interface OfFolder {
        long of(Path folder) throws IOException;
    }

    /** A megabyte as every message of the service about disk space counts it: 1024 × 1024 bytes. */
    public static final long MB = 1024 * 1024;

    private DiskFreeSpace() {}

    /** The free bytes on the disk of the folder, or of its nearest parent that exists yet. */
    public static long bytes(Path folder) throws IOException {
        Path existing = folder.toAbsolutePath();
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return Files.getFileStore(existing).getUsableSpace();
    }
}
