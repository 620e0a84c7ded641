package org.msettriage.service.backup;

import org.msettriage.api.OperationsApi;
import org.msettriage.api.model.BackupDto;
import org.msettriage.api.model.ChainHeadDto;
import org.msettriage.service.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/operations/backups: a consistent copy of the embedded database, for operators. */
@RestController
class BackupController implements OperationsApi {

    private final OnlineBackups backups;

    BackupController(OnlineBackups backups) {
        this.backups = backups;
    }

    @Override
    public ResponseEntity<BackupDto> takeBackup() {
        Backup backup = backups.take(Caller.current());
        BackupDto answer = new BackupDto()
                .file(backup.file().toString())
                .sizeBytes(backup.sizeBytes())
                .takenAt(backup.takenAt())
                .olderCopiesRemoved(backup.olderCopiesRemoved());
        backup.head()
                .ifPresent(head -> answer.head(
                                new ChainHeadDto().position(head.position()).chainMac(head.chainMac()))
                        .verifyHead(head.position() + ":" + head.chainMac()));
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }
}
