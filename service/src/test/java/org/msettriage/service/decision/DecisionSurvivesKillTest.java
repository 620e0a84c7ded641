package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.HttpJson;
import org.msettriage.service.MsetTriageApplication;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import tools.jackson.databind.JsonNode;

/**
 * Decisions answered with 201 survive kill -9 of the process: the service runs as a separate JVM on
 * its embedded H2 file, is killed with SIGKILL right after answering, restarted on the same folder, and
 * returns the decision exactly as it answered it.
 */
class DecisionSurvivesKillTest {

    private static final int DECISIONS = 50;

    @TempDir
    Path dataDir;

    @Test
    void answeredDecisionsSurviveKillMinusNineAndReadBackIdentically() throws Exception {
        int port = freePort();
        HttpJson http = new HttpJson("http://localhost:" + port);
        Map<String, JsonNode> answered = new LinkedHashMap<>();

        Process first = start(port);
        try {
            awaitHealthy(http, first);
            // Many decisions, the last answered just before the kill: a lost write shows on any of them.
            for (int i = 0; i < DECISIONS; i++) {
                HttpJson.Answer created = http.post("/api/v1/triage", TriageRoundTripTestReferral.json());
                assertThat(created.status()).isEqualTo(201);
                answered.put(created.header("Location"), created.json());
            }
        } finally {
            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no H2 close
            first.waitFor(30, TimeUnit.SECONDS);
        }

        Process second = start(port);
        try {
            awaitHealthy(http, second);
            for (Map.Entry<String, JsonNode> decision : answered.entrySet()) {
                HttpJson.Answer stored = http.get(decision.getKey());
                assertThat(stored.status()).as(decision.getKey()).isEqualTo(200);
                assertThat(stored.json()).isEqualTo(decision.getValue());
            }
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(int port) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        classpath,
                        MsetTriageApplication.class.getName(),
                        "--server.port=" + port,
                        "--mset.data-dir=" + dataDir))
                .redirectErrorStream(true)
                .redirectOutput(
                        dataDir.resolve("service-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private static void awaitHealthy(HttpJson http, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the service process is running").isTrue();
            try {
                if (http.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the port opens once the context has started
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become healthy within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
