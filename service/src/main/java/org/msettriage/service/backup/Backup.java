package org.msettriage.service.backup;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.msettriage.service.audit.AuditVerification;

/**
 * A copy of the database as written: its file, its size, when it was taken, the chain's head it holds and
 * how many older copies were removed after it, to keep the number set.
 */
record Backup(
        Path file,
        long sizeBytes,
        OffsetDateTime takenAt,
        Optional<AuditVerification.Head> head,
        int olderCopiesRemoved) {

    /** As written, before any older copy is removed. */
    Backup(Path file, long sizeBytes, OffsetDateTime takenAt, Optional<AuditVerification.Head> head) {
        this(file, sizeBytes, takenAt, head, 0);
    }

    Backup withOlderCopiesRemoved(int removed) {
        return new Backup(file, sizeBytes, takenAt, head, removed);
    }
}
