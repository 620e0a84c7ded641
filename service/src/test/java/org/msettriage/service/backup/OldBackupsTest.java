package org.msettriage.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.problem.StartRefusedException;

/**
 * After a backup the oldest of the service's own copies beyond the number kept are removed, by the time in
 * their names; the one just written and anything else in the folder are never touched.
 */
class OldBackupsTest {

    private static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 12, 1, 1, 15, 0, 123_000_000, ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void removesTheOldestBeyondThoseKeptAndNothingElse() throws IOException {
        for (int day = 0; day < 5; day++) {
            copyTakenOn(day);
        }
        Path justWritten = copyTakenOn(5);
        Path personal = Files.writeString(folder.resolve("before-upgrade.zip"), "kept by hand");
        Path renamed = Files.writeString(folder.resolve("mset-triage-20261130T011500123Z.zip.keep"), "renamed");
        Files.createDirectory(folder.resolve("mset-triage-20261101T011500123Z.zip"));

        int removed = new OldBackups(folder, 3).removeBeyondKept(justWritten);

        assertThat(removed).isEqualTo(3);
        assertThat(names())
                .containsExactlyInAnyOrder(
                        OldBackups.nameFor(FIRST.plusDays(3)),
                        OldBackups.nameFor(FIRST.plusDays(4)),
                        justWritten.getFileName().toString(),
                        personal.getFileName().toString(),
                        renamed.getFileName().toString(),
                        "mset-triage-20261101T011500123Z.zip");
    }

    @Test
    void neverRemovesTheCopyJustWrittenThoughItsNameSortsOldest() throws IOException {
        copyTakenOn(3);
        copyTakenOn(4);
        // The clock went back: the new copy's name is the oldest in the folder.
        Path justWritten = copyTakenOn(0);

        assertThat(new OldBackups(folder, 2).removeBeyondKept(justWritten)).isEqualTo(1);
        assertThat(names())
                .containsExactlyInAnyOrder(justWritten.getFileName().toString(), OldBackups.nameFor(FIRST.plusDays(4)));
    }

    @Test
    void keepingNoneRemovesNothing() throws IOException {
        copyTakenOn(0);
        Path justWritten = copyTakenOn(1);

        assertThat(new OldBackups(folder, 0).removeBeyondKept(justWritten)).isZero();
        assertThat(names()).hasSize(2);
    }

    @Test
    void fewerCopiesThanKeptAreAllKept() throws IOException {
        copyTakenOn(0);
        Path justWritten = copyTakenOn(1);

        assertThat(new OldBackups(folder, 7).removeBeyondKept(justWritten)).isZero();
        assertThat(names()).hasSize(2);
    }

    @Test
    void aNegativeNumberToKeepRefusesTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new BackupSettings(folder, -1).copiesKept())
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("mset.backup.keep is -1: give how many of the newest backups to keep");
        assertThat(new BackupSettings(folder, 0).copiesKept()).isZero();
    }

    private Path copyTakenOn(int day) throws IOException {
        return Files.writeString(folder.resolve(OldBackups.nameFor(FIRST.plusDays(day))), "a copy");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
