package org.msettriage.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.msettriage.service.audit.DecisionSealer;
import org.msettriage.service.problem.ConflictException;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.msettriage.service.store.PrivateFiles;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/** A backup asked for while another is being written is refused at once, and the sealer is not held twice. */
class OneBackupAtATimeTest {

    private static final PrivateFiles PRIVATE = new PrivateFiles(new MockEnvironment());

    private static final BackupRoom ROOMY = new BackupRoom(Optional.empty(), 0, folder -> Long.MAX_VALUE);
    private static final Caller OPERATOR = new Caller(Caller.Method.API_KEY, "operator", Set.of(Role.OPERATOR));

    @Test
    void aSecondBackupWhileOneIsWrittenIsAConflict() throws Exception {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.execute(any(ConnectionCallback.class))).thenReturn(true);
        DecisionSealer sealer = mock(DecisionSealer.class);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Backup written = new Backup(Path.of("first.zip"), 1, OffsetDateTime.now(), Optional.empty());
        when(sealer.whileHeldAtHead(any())).thenAnswer(call -> {
            writing.countDown();
            finish.await(10, TimeUnit.SECONDS);
            return written;
        });
        OnlineBackups backups =
                new OnlineBackups(jdbc, sealer, new BackupSettings(Path.of("backups"), 7), ROOMY, PRIVATE);

        CompletableFuture<Backup> first = CompletableFuture.supplyAsync(() -> backups.take(OPERATOR));
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> backups.take(OPERATOR))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("being taken already");
        finish.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(written);
        // Once the first is written, the next is taken.
        when(sealer.whileHeldAtHead(any())).thenReturn(written);
        assertThat(backups.take(OPERATOR)).isEqualTo(written);
    }

    @Test
    void nothingIsHeldOrWrittenOnAnotherDatabase() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.execute(any(ConnectionCallback.class))).thenReturn(false);
        DecisionSealer sealer = mock(DecisionSealer.class);
        OnlineBackups backups =
                new OnlineBackups(jdbc, sealer, new BackupSettings(Path.of("backups"), 7), ROOMY, PRIVATE);

        assertThatThrownBy(() -> backups.take(OPERATOR))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("pg_dump");
        verify(sealer, never()).whileHeldAtHead(any());
    }
}
