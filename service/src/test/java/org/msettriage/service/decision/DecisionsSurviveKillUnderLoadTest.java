package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.MsetTriageApplication;
import org.msettriage.service.ServiceProcess;
import org.msettriage.service.SideWorker;
import org.msettriage.service.TestPostgres;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import tools.jackson.databind.JsonNode;

/**
 * Decisions answered 201 under concurrent load survive kill -9 in the middle of group commits, on the
 * embedded H2 file and on PostgreSQL: eight clients post without pause, the process is killed while
 * batches are being written, and after a restart every answered decision reads back exactly as it was
 * answered and the chain verifies with every one of them sealed.
 */
@SideWorker
class DecisionsSurviveKillUnderLoadTest {

    private static final int CLIENTS = 8;

    @TempDir
    Path dataDir;

    @Test
    void onTheEmbeddedDatabase() throws Exception {
        answeredDecisionsSurviveKill(List.of());
    }

    @Test
    void onPostgresql() throws Exception {
        TestPostgres.Database database = TestPostgres.newDatabase();
        answeredDecisionsSurviveKill(List.of(
                "--spring.profiles.active=postgres",
                "--mset.database.url=" + database.url(),
                "--mset.database.user=" + database.user(),
                "--mset.database.password=" + database.password()));
    }

    private void answeredDecisionsSurviveKill(List<String> database) throws Exception {
        int port = ServiceProcess.freePort();
        Map<String, JsonNode> answered = new ConcurrentHashMap<>();
        // Each call carries its own Idempotency-Key: answered ones by key, and those the kill cut short.
        Map<String, String> answeredKeys = new ConcurrentHashMap<>();
        List<String> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();

        try (ServiceProcess first = ServiceProcess.start(launch(database), dataDir, port)) {
            AtomicBoolean posting = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.execute(() -> {
                    while (posting.get()) {
                        String key = "call-" + calls.incrementAndGet();
                        try {
                            HttpJson.Answer created = first.http()
                                    .post(
                                            "/api/v1/triage",
                                            TriageRoundTripTestReferral.json(),
                                            Map.of("Idempotency-Key", key));
                            if (created.status() == 201) {
                                answered.put(created.header("Location"), created.json());
                                answeredKeys.put(key, created.header("Location"));
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (RuntimeException killedMidCall) {
                            unanswered.add(key); // the process died with this call unanswered: retried below
                            return;
                        }
                    }
                });
            }
            // Kill once a good number of decisions were answered, with the clients still posting.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered.size() < 100 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            first.close(); // SIGKILL with calls and batches under way
            posting.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answered).as("decisions answered before the kill").hasSizeGreaterThanOrEqualTo(100);
        assertThat(refused.get()).as("calls refused while the database worked").isZero();

        try (ServiceProcess second = ServiceProcess.start(launch(database), dataDir, port)) {
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, JsonNode> decision : answered.entrySet()) {
                HttpJson.Answer stored = second.http().get(decision.getKey());
                if (stored.status() != 200 || !stored.json().equals(decision.getValue())) {
                    lost.add(decision.getKey() + " " + stored.status());
                }
            }
            assertThat(lost).as("answered decisions lost or changed").isEmpty();
            assertRetriesAreSafe(second, answeredKeys, unanswered);
            assertSealedAndIntact(second, answered.size());
        }
    }

    /**
     * After the restart, a retry of an answered call gets its decision again (200, same Location); a retry of
     * a call the kill cut short gets the decision if it was committed (200) or makes it now (201), once.
     */
    private static void assertRetriesAreSafe(
            ServiceProcess service, Map<String, String> answeredKeys, List<String> unanswered) {
        answeredKeys.entrySet().stream().limit(20).forEach(call -> {
            HttpJson.Answer retry = service.http()
                    .post(
                            "/api/v1/triage",
                            TriageRoundTripTestReferral.json(),
                            Map.of("Idempotency-Key", call.getKey()));
            assertThat(retry.status()).as(call.getKey()).isEqualTo(200);
            assertThat(retry.header("Location")).isEqualTo(call.getValue());
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        });
        for (String key : unanswered) {
            HttpJson.Answer retry = service.http()
                    .post("/api/v1/triage", TriageRoundTripTestReferral.json(), Map.of("Idempotency-Key", key));
            assertThat(retry.status()).as(key).isIn(200, 201);
            HttpJson.Answer again = service.http()
                    .post("/api/v1/triage", TriageRoundTripTestReferral.json(), Map.of("Idempotency-Key", key));
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.header("Location")).isEqualTo(retry.header("Location"));
        }
    }

    /** Decisions queued before the kill are sealed after the restart; the chain holds every answered one. */
    private static void assertSealedAndIntact(ServiceProcess service, int answered) throws InterruptedException {
        HttpJson auditor = service.http().as(DemoClients.AUDITOR);
        JsonNode verification = null;
        for (int i = 0; i < 100; i++) {
            verification = auditor.get("/api/v1/audit/verify").json();
            if (verification.get("awaitingSeal").asLong() == 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(verification.get("intact").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.get("sealedRecords").asLong()).isGreaterThanOrEqualTo(answered);
    }

    private static List<String> launch(List<String> database) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> launch = new ArrayList<>(List.of("-cp", classpath, MsetTriageApplication.class.getName()));
        launch.addAll(database);
        return launch;
    }
}
