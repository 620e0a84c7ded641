package org.msettriage.service.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own backup files: how each is named, and the oldest removed beyond the number kept, so
 * that copies left on the data disk cannot eat the database's disk reserve one by one. Only files named
 * as the service names its backups are counted or removed; anything else a person put in the folder is
 * left alone. Names sort as the times they carry (UTC, fixed width), which a copy moved or touched keeps.
 */
final class OldBackups {

    private static final Logger log = LoggerFactory.getLogger(OldBackups.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");
    private static final Pattern NAMED_AS_OURS = Pattern.compile("mset-triage-\\d{8}T\\d{9}Z\\.zip");

    private final Path folder;
    private final int keep;

    /** @param keep how many of the newest to keep in the folder, the one just written included; 0 removes none */
    OldBackups(Path folder, int keep) {
        this.folder = folder;
        this.keep = keep;
    }

    /** The name of the backup taken at that moment (UTC). */
    static String nameFor(OffsetDateTime takenAt) {
        return "mset-triage-" + FILE_TIME.format(takenAt) + ".zip";
    }

    static boolean namedAsOurs(Path file) {
        return NAMED_AS_OURS.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Removes the oldest backups in the folder beyond those kept, never the one just written (should the
     * clock have gone back, it would sort among the old ones), and logs the names removed.
     *
     * @return how many were removed
     */
    int removeBeyondKept(Path justWritten) {
        if (keep == 0) {
            return 0;
        }
        List<Path> older = olderBackups(justWritten);
        older.sort(Comparator.comparing((Path file) -> file.getFileName().toString())
                .reversed());
        List<String> removed = new ArrayList<>();
        for (Path file : older.subList(Math.min(keep - 1, older.size()), older.size())) {
            try {
                if (Files.deleteIfExists(file)) {
                    removed.add(file.getFileName().toString());
                }
            } catch (IOException e) {
                log.warn(
                        "The older backup {} could not be removed ({}); remove it by hand, or it takes space on"
                                + " the disk",
                        file.getFileName(),
                        e.getClass().getSimpleName());
            }
        }
        if (!removed.isEmpty()) {
            log.info(
                    "Removed {} older backup(s) beyond the {} kept (mset.backup.keep): {}",
                    removed.size(),
                    keep,
                    String.join(", ", removed));
        }
        return removed.size();
    }

    private List<Path> olderBackups(Path justWritten) {
        List<Path> older = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (namedAsOurs(file)
                        && !file.equals(justWritten)
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    older.add(file);
                }
            }
        } catch (NoSuchFileException gone) {
            // Nothing was kept there to remove.
        } catch (IOException e) {
            log.warn(
                    "The backups folder could not be read to remove older backups ({}); none was removed",
                    e.getClass().getSimpleName());
        }
        return older;
    }
}
