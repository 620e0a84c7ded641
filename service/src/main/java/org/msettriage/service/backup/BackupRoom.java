package org.msettriage.service.backup;

import static org.msettriage.service.store.DiskFreeSpace.MB;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.msettriage.service.problem.InsufficientStorageException;
import org.msettriage.service.store.DataFolderCheck;
import org.msettriage.service.store.DiskFreeSpace;
import org.msettriage.service.store.DiskReserveSetting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses a backup that would leave its folder's disk short of the embedded database's disk reserve, before
 * anything is written: a copy that ate the reserve would stop the store taking decisions (503) until an
 * operator freed the space. The copy is taken to be as large as the database file, an upper bound, as
 * the zip is compressed. The same room is asked of a backups folder on a disk of its own: a copy that
 * filled that disk would fail half-written anyway.
 */
@Component
class BackupRoom {

    /**
     * Kept free over the reserve and the copy: room for what decisions stored while the copy is written add
     * to the database, and for the hours until the copy is moved off the disk.
     */
    static final long MARGIN_BYTES = 64L * 1024 * 1024;

    private final Optional<Path> databaseFile;
    private final long reserveBytes;
    private final DiskFreeSpace.OfFolder freeBytes;

    @Autowired
    BackupRoom(Environment environment) {
        this(
                DataFolderCheck.embeddedDatabase(environment).map(DataFolderCheck::fileOf),
                DiskReserveSetting.bytes(environment),
                DiskFreeSpace::bytes);
    }

    BackupRoom(Optional<Path> databaseFile, long reserveBytes, DiskFreeSpace.OfFolder freeBytes) {
        this.databaseFile = databaseFile;
        this.reserveBytes = reserveBytes;
        this.freeBytes = freeBytes;
    }

    /**
     * Refuses, in words, a copy into the folder that would leave less than the reserve and the margin free.
     *
     * @throws InsufficientStorageException when the folder's disk has not the room
     */
    void checkRoomIn(Path folder) {
        long free;
        try {
            free = freeBytes.of(folder);
        } catch (IOException e) {
            // A disk that cannot say what it holds is judged by the write itself, as the store's reserve does.
            return;
        }
        long copy = databaseBytes();
        if (free - copy >= reserveBytes + MARGIN_BYTES) {
            return;
        }
        throw new InsufficientStorageException(
                "The disk of the backups folder " + folder + " has " + free / MB
                        + " MB free. A copy may take up to " + roundedUp(copy) + " MB (the database file's size), and "
                        + roundedUp(reserveBytes + MARGIN_BYTES) + " MB must stay free after it: the database's disk"
                        + " reserve (mset.database.disk-reserve) and " + MARGIN_BYTES / MB + " MB to spare. Nothing was"
                        + " written. Move older backups off the disk, keep fewer (mset.backup.keep), or set"
                        + " mset.backup.folder to a folder on a larger disk; asking again before then is refused the same way.");
    }

    private long databaseBytes() {
        return databaseFile
                .map(file -> {
                    try {
                        return Files.size(file);
                    } catch (IOException e) {
                        // Not there yet, or unreadable: the reserve and the margin are still kept.
                        return 0L;
                    }
                })
                .orElse(0L);
    }

    private static long roundedUp(long bytes) {
        return (bytes + MB - 1) / MB;
    }
}
