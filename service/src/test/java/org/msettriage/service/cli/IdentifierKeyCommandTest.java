package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.msettriage.service.logging.PayloadLogGuard;
import org.msettriage.service.store.RowsOfMigration38;
import org.msettriage.service.store.SchemaVersion;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The command that replaces the identifier key refuses, changing nothing, whatever it cannot use. */
class IdentifierKeyCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @Test
    void withoutThePreviousKeyItSaysWhatItNeeds() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("needs --previous-key-file=").contains("rehash-identifiers");
    }

    @Test
    void aFileThatHoldsNoKeyIsRefusedWithoutItsContent() throws Exception {
        Path file = Files.writeString(folder.resolve("previous.key"), "Zed, the name of a perpetrator");

        assertThat(run("--previous-key-file=" + file)).isEqualTo(2);
        assertThat(err()).contains("does not hold a key").doesNotContain("Zed");
    }

    @Test
    void aDatabaseThatIsNotThereIsNeverMade() throws Exception {
        Path file = Files.writeString(folder.resolve("previous.key"), "Zm9ydHktdHdvIGlzIG5vdCB0aGUgYW5zd2VyIGhlcmU=");

        assertThat(run("--previous-key-file=" + file, "--mset.data-dir=" + folder.resolve("none")))
                .isEqualTo(2);
        assertThat(err())
                .startsWith("Nothing was changed: there is no database at")
                .contains("mset.data-dir")
                .doesNotContain("Exception");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).toList())
                .containsExactly("previous.key");
    }

    @Test
    void aKeyFileThatIsNotThereIsSaidToBeMissing() {
        assertThat(run("--previous-key-file=" + folder.resolve("previous.key"))).isEqualTo(2);
        assertThat(err()).contains("previous.key was not found");
    }

    @Test
    void thePreviousKeyBeingTheConfiguredOneIsSaidPlainly() throws Exception {
        // The identifier key application.yml configures for the demo.
        Path file = Files.writeString(folder.resolve("previous.key"), "3Wq0m8c9yq3p0XhJ1vQkS0b1s5dY2mA6tq1n4bq7ZrM=");

        assertThat(run("--previous-key-file=" + file, "--mset.data-dir=" + folder.resolve("none")))
                .isEqualTo(1);
        assertThat(err()).contains("is the one configured now").doesNotContain("Exception");
    }

    @Test
    void aDatabaseAnOlderBuildLeftIsRefusedAndLeftAsItWas() throws Exception {
        // Re-hashed as this build keeps hashes (bytes, migration 39), an older build's hex would be turned
        // into hashes that no later referral matches, and every link across referrals lost.
        Path previous =
                Files.writeString(folder.resolve("previous.key"), "Zm9ydHktdHdvIGlzIG5vdCB0aGUgYW5zd2VyIGhlcmU=");
        DriverManagerDataSource database =
                new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("mset-triage"), "sa", "");
        new OldStore(database, "h2").flyway().target("38").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        String named = "77".repeat(32);
        RowsOfMigration38.identifier(jdbc, RowsOfMigration38.decision(jdbc, "3f".repeat(32), null, null), named);

        assertThat(run("--previous-key-file=" + previous, "--mset.data-dir=" + folder))
                .isEqualTo(2);
        assertThat(err())
                .isEqualTo("Nothing was changed: the database was last migrated by an older build (to migration 38;"
                        + " this build's is " + SchemaVersion.OF_THIS_BUILD + "): start the service of this build on"
                        + " it once, which migrates it, stop it, then run this again." + System.lineSeparator());
        assertThat(jdbc.sql("SELECT identifier_hash FROM decision_identifier")
                        .query(String.class)
                        .list())
                .containsExactly(named);
    }

    @Test
    void itsLogIsGuardedAtAnyLevelThoughItHasNoService() throws Exception {
        // Found by a data protection review: at TRACE the command logged each identifier's keyed hash under
        // the previous and the new key beside its decision, as Spring JDBC bound them; the guard was the
        // service's bean, which a command does not make.
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        logback.getTurboFilterList().removeIf(PayloadLogGuard.class::isInstance);
        logback.getCopyOfListenerList().stream()
                .filter(PayloadLogGuard.class::isInstance)
                .forEach(logback::removeListener);
        Path file = Files.writeString(folder.resolve("previous.key"), "Zm9ydHktdHdvIGlzIG5vdCB0aGUgYW5zd2VyIGhlcmU=");

        run("--previous-key-file=" + file, "--mset.data-dir=" + folder.resolve("none"), "--logging.level.root=TRACE");

        Logger boundParameters = logback.getLogger("org.springframework.jdbc.core.StatementCreatorUtils");
        assertThat(boundParameters.getEffectiveLevel()).isEqualTo(Level.TRACE);
        assertThat(boundParameters.isTraceEnabled()).as("bound SQL parameters").isFalse();
        assertThat(logback.getTurboFilterList()).first().isInstanceOf(PayloadLogGuard.class);
    }

    private int run(String... args) {
        return AuditCommands.run(
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("audit", "rehash-identifiers"), List.of(args).stream())
                        .toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
