package org.msettriage.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.msettriage.service.store.PrivateFiles;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one copy of the embedded database with H2's {@code BACKUP TO} into a file made first with the
 * permissions the data folder setting allows, so the copy is never, even while it is written, readable
 * as the process's umask would have it: moved out of its closed folder, it keeps its protection.
 */
final class BackupWriter {

    private final JdbcTemplate jdbc;
    private final PrivateFiles files;

    BackupWriter(JdbcTemplate jdbc, PrivateFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    void write(Path folder, Path file) {
        try {
            files.folder(folder);
            files.create(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup file could not be made", e);
        }
        // H2 writes into the file made for it; the folder is the operator's setting, taken as an SQL literal.
        jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        try {
            // Should H2 have put a file of its own in its place, that one is narrowed too.
            files.restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup file's permissions could not be set", e);
        }
    }
}
