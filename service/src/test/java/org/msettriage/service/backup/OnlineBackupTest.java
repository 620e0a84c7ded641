package org.msettriage.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.audit.AuditKeys;
import org.msettriage.service.audit.AuditSettings;
import org.msettriage.service.audit.AuditVerification;
import org.msettriage.service.audit.AuditVerifier;
import org.msettriage.service.cli.AuditCommands;
import org.msettriage.service.security.Role;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * A backup taken while case systems store decisions is a consistent copy: unzipped into a folder of its
 * own, the auditor's offline check finds it intact, holding every decision answered before it was asked
 * for, its chain ending at the head the backup answered. Its own context, as it writes many decisions.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=online-backup")
class OnlineBackupTest extends ServiceTest {

    @Autowired
    AuditKeys keys;

    @Autowired
    AuditSettings audit;

    @Value("${mset.backup.folder}")
    Path backupsFolder;

    @Test
    void aBackupTakenUnderLoadVerifiesIntactOffline() throws Exception {
        ConcurrentLinkedQueue<UUID> answered = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService caseSystems = Executors.newFixedThreadPool(2);
        List<Future<?>> writers = List.of(
                caseSystems.submit(() -> keepTriaging(writing, answered)),
                caseSystems.submit(() -> keepTriaging(writing, answered)));
        while (answered.size() < 20) {
            Thread.sleep(20);
        }
        Set<UUID> answeredBefore = Set.copyOf(answered);
        // A week of older copies, and a file someone put there by hand: the one oldest copy goes, not the file.
        Files.createDirectories(backupsFolder);
        for (int day = 1; day <= 7; day++) {
            Files.writeString(backupsFolder.resolve("mset-triage-2026110" + day + "T011500123Z.zip"), "older");
        }
        Path byHand = Files.writeString(backupsFolder.resolve("notes.txt"), "kept by hand");
        HttpJson.Answer taken = as(DemoClients.OPERATOR).post("/api/v1/operations/backups", "");
        // Decisions go on being stored after the copy, which it must not need.
        int answeredAtBackup = answered.size();
        while (answered.size() < answeredAtBackup + 10) {
            Thread.sleep(20);
        }
        writing.set(false);
        for (Future<?> writer : writers) {
            writer.get(30, TimeUnit.SECONDS);
        }
        caseSystems.shutdown();

        assertThat(taken.status()).as(taken.response().body()).isEqualTo(201);
        JsonNode backup = taken.json();
        Path zip = Path.of(backup.get("file").asString());
        assertThat(zip.getFileName().toString()).matches("mset-triage-\\d{8}T\\d{9}Z\\.zip");
        assertThat(zip.getParent().getFileName().toString()).isEqualTo("backups");
        assertThat(backup.get("sizeBytes").asLong()).isEqualTo(Files.size(zip));
        assertThat(backup.get("olderCopiesRemoved").asInt()).isEqualTo(1);
        assertThat(backupsFolder.resolve("mset-triage-20261101T011500123Z.zip")).doesNotExist();
        assertThat(backupsFolder.resolve("mset-triage-20261102T011500123Z.zip")).exists();
        assertThat(byHand).exists();
        String head = backup.get("verifyHead").asString();
        assertThat(head)
                .isEqualTo(backup.get("head").get("position").asLong() + ":"
                        + backup.get("head").get("chainMac").asString());

        Path restored = unzip(zip, Files.createTempDirectory("mset-triage-restored"));
        Set<UUID> inCopy = decisionsIn(restored);
        assertThat(inCopy).containsAll(answeredBefore).hasSizeLessThan(answered.size());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AuditCommands.run(
                new String[] {"audit", "verify", "--mset.data-dir=" + restored, "--head=" + head, "--json"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        JsonNode verified = HttpJson.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(status).as(out + "\n" + err).isZero();
        assertThat(verified.get("intact").asBoolean()).isTrue();
        // Every decision in the copy is sealed or waits for its seal as it should; the chain also seals
        // the switch to the packaged ruleset, so it holds at least one record more than the decisions.
        assertThat(verified.get("sealedRecords").asLong()
                        + verified.get("awaitingSeal").asLong())
                .isGreaterThan(inCopy.size());
        assertThat(verified.get("head").get("position").asLong())
                .isEqualTo(backup.get("head").get("position").asLong());

        // Checked long after it was taken, what waited in the copy for its seal still waits as it should:
        // judged by the copy's own last moment, not by how long the copy has sat on a disk.
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
        AuditVerification checkedLater = AuditVerifier.offline(copyOf(restored), keys, audit, later)
                .verify(AuditVerification.Head.kept(
                        backup.get("head").get("position").asLong(),
                        backup.get("head").get("chainMac").asString()));
        assertThat(checkedLater.problems()).isEmpty();
        assertThat(checkedLater.awaitingSeal())
                .isEqualTo(verified.get("awaitingSeal").asLong());
    }

    @Test
    void onlyOperatorsMayTakeABackup() {
        for (Role role : Role.values()) {
            if (role != Role.OPERATOR) {
                HttpJson.Answer refused = as(DemoClients.of(role)).post("/api/v1/operations/backups", "");
                assertThat(refused.status()).as(role.name()).isEqualTo(403);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            }
        }
    }

    private void keepTriaging(AtomicBoolean writing, ConcurrentLinkedQueue<UUID> answered) {
        HttpJson caseSystem = http();
        while (writing.get()) {
            HttpJson.Answer decision = caseSystem.post("/api/v1/triage", TriageRoundTripTestReferral.json());
            assertThat(decision.status()).as(decision.response().body()).isEqualTo(201);
            answered.add(UUID.fromString(decision.json().get("decisionId").asString()));
        }
    }

    private static Path unzip(Path zip, Path folder) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(folder)).as(entry.getName()).isTrue();
                Files.copy(entries, file);
            }
        }
        assertThat(folder.resolve("mset-triage.mv.db")).isRegularFile();
        return folder;
    }

    private static DriverManagerDataSource copyOf(Path folder) {
        return new DriverManagerDataSource(
                "jdbc:h2:file:" + folder.resolve("mset-triage") + ";IFEXISTS=TRUE", "sa", "");
    }

    private static Set<UUID> decisionsIn(Path folder) {
        DriverManagerDataSource copy = copyOf(folder);
        Set<UUID> ids =
                JdbcClient.create(copy).sql("SELECT decision_id FROM decision").query(UUID.class).list().stream()
                        .collect(Collectors.toSet());
        JdbcClient.create(copy).sql("SHUTDOWN").update();
        return ids;
    }
}
