package org.msettriage.service.backup;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.msettriage.service.audit.AuditVerification;

/** A copy of the database as written: its file, its size, when it was taken and the chain's head it holds. */
record Backup(Path file, long sizeBytes, OffsetDateTime takenAt, Optional<AuditVerification.Head> head) {}
