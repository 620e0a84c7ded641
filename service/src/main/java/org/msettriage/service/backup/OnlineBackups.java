package org.msettriage.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.problem.InsufficientStorageException;
import org.msettriage.service.security.Caller;
import org.msettriage.service.store.EmbeddedH2;
import org.msettriage.service.store.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Takes a copy of the embedded H2 database while the service runs, with H2's own {@code BACKUP TO}, which
 * writes the file as of one moment however busy the writers are. The sealer seals what is queued first
 * and is held until the copy is written, so the copy's chain ends at the head answered; decisions stored
 * meanwhile are in the copy queued for their seal, as in the live database. One copy at a time: the
 * embedded database belongs to this one process, so a lock in it is enough. Once a copy is written, the
 * oldest beyond those kept ({@code mset.backup.keep}) are removed, so copies left in the folder do not
 * fill the disk; a copy that would leave the disk short of the database's reserve is refused before
 * anything is written ({@link BackupRoom}).
 */
@Service
class OnlineBackups {

    private static final Logger log = LoggerFactory.getLogger(OnlineBackups.class);

    private final JdbcTemplate jdbc;
    private final DecisionSealer sealer;
    private final Path folder;
    private final OldBackups oldBackups;
    private final BackupRoom room;
    private final BackupWriter writer;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    OnlineBackups(
            JdbcTemplate jdbc, DecisionSealer sealer, BackupSettings settings, BackupRoom room, PrivateFiles files) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.folder = settings.folder().toAbsolutePath().normalize();
        this.oldBackups = new OldBackups(folder, settings.copiesKept());
        this.room = room;
        this.writer = new BackupWriter(jdbc, files);
    }

    Backup take(Caller caller) {
        if (!embeddedH2()) {
            throw new ConflictException("The service stores its decisions in PostgreSQL, which it does not copy;"
                    + " nothing was written. Back the database up with pg_dump or the server's own backup"
                    + " (see docs/operations.md, Backups and retention).");
        }
        if (!oneAtATime.tryLock()) {
            throw new ConflictException(
                    "A backup is being taken already; nothing was written. Ask again when it is" + " done.");
        }
        try {
            try {
                room.checkRoomIn(folder);
            } catch (InsufficientStorageException refused) {
                // Said in the log too: the operator who reads it is rarely the one whose call was refused.
                log.warn("Backup asked by {} refused: {}", caller.qualifiedName(), refused.getMessage());
                throw refused;
            }
            Backup backup = sealer.whileHeldAtHead(head -> {
                OffsetDateTime takenAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
                Path file = folder.resolve(OldBackups.nameFor(takenAt));
                writer.write(folder, file);
                return new Backup(file, size(file), takenAt, head);
            });
            log.info(
                    "Backup taken by {}: {} ({} bytes), chain head at position {}",
                    caller.qualifiedName(),
                    backup.file().getFileName(),
                    backup.sizeBytes(),
                    backup.head().map(head -> Long.toString(head.position())).orElse("none"));
            return backup.withOlderCopiesRemoved(oldBackups.removeBeyondKept(backup.file()));
        } finally {
            oneAtATime.unlock();
        }
    }

    private boolean embeddedH2() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) EmbeddedH2::behind));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup just written could not be read", e);
        }
    }
}
