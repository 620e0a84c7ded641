package org.msettriage.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.problem.InsufficientStorageException;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.msettriage.service.store.PrivateFiles;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * A backup that would leave its disk short of the database's reserve (and a margin) after a copy as large
 * as the database file is refused in words, before the sealer is held or anything is written.
 */
@ExtendWith(OutputCaptureExtension.class)
class BackupRoomTest {

    private static final PrivateFiles PRIVATE = new PrivateFiles(new MockEnvironment());

    private static final long MB = 1024 * 1024;
    private static final long RESERVE = 256 * MB;

    @TempDir
    Path data;

    private final AtomicLong free = new AtomicLong();

    @Test
    void aCopyThatWouldLeaveLessThanTheReserveAndMarginIsRefusedInWords() throws IOException {
        BackupRoom room = roomFor(databaseOf(100 * MB));
        long justEnough = 100 * MB + RESERVE + BackupRoom.MARGIN_BYTES;

        free.set(justEnough);
        assertThatCode(() -> room.checkRoomIn(data.resolve("backups"))).doesNotThrowAnyException();

        free.set(justEnough - 1);
        assertThatThrownBy(() -> room.checkRoomIn(data.resolve("backups")))
                .isInstanceOf(InsufficientStorageException.class)
                .hasMessageContaining("has 419 MB free")
                .hasMessageContaining("up to 100 MB (the database file's size)")
                .hasMessageContaining("320 MB must stay free after it")
                .hasMessageContaining("mset.database.disk-reserve")
                .hasMessageContaining("Nothing was written")
                .hasMessageContaining("mset.backup.keep");
    }

    @Test
    void aDiskThatCannotSayWhatItHoldsIsJudgedByTheWrite() throws IOException {
        BackupRoom room = new BackupRoom(Optional.of(databaseOf(MB)), RESERVE, folder -> {
            throw new IOException("no such file system");
        });

        assertThatCode(() -> room.checkRoomIn(data)).doesNotThrowAnyException();
    }

    @Test
    void withoutADatabaseFileTheReserveAndMarginAreStillKept() {
        BackupRoom room = new BackupRoom(Optional.of(data.resolve("not-yet.mv.db")), RESERVE, folder -> free.get());

        free.set(RESERVE + BackupRoom.MARGIN_BYTES - 1);
        assertThatThrownBy(() -> room.checkRoomIn(data)).isInstanceOf(InsufficientStorageException.class);
    }

    @Test
    void aBackupWithoutRoomHoldsNoSealerAndWritesNothing(CapturedOutput output) throws IOException {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.execute(any(ConnectionCallback.class))).thenReturn(true);
        DecisionSealer sealer = mock(DecisionSealer.class);
        Path backups = data.resolve("backups");
        free.set(MB);
        OnlineBackups online =
                new OnlineBackups(jdbc, sealer, new BackupSettings(backups, 7), roomFor(databaseOf(10 * MB)), PRIVATE);

        assertThatThrownBy(() -> online.take(new Caller(Caller.Method.API_KEY, "operator", Set.of(Role.OPERATOR))))
                .isInstanceOf(InsufficientStorageException.class);
        verify(sealer, never()).whileHeldAtHead(any());
        verify(jdbc, never()).execute(anyString());
        assertThat(backups).doesNotExist();
        assertThat(output.getOut())
                .contains("Backup asked by API_KEY:operator refused: The disk of the backups folder " + backups);
    }

    private BackupRoom roomFor(Path databaseFile) {
        return new BackupRoom(Optional.of(databaseFile), RESERVE, folder -> free.get());
    }

    /** A sparse file of that size stands for the database file: its length is what the check reads. */
    private Path databaseOf(long bytes) throws IOException {
        Path file = data.resolve("mset-triage.mv.db");
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.SPARSE)) {
            channel.truncate(0);
            channel.position(bytes - 1).write(ByteBuffer.wrap(new byte[1]));
        }
        assertThat(Files.size(file)).isEqualTo(bytes);
        return file;
    }
}
