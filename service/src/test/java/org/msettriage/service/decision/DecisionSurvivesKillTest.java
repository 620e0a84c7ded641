package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.HttpJson;
import org.msettriage.service.MsetTriageApplication;
import org.msettriage.service.ServiceProcess;
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
        int port = ServiceProcess.freePort();
        Map<String, JsonNode> answered = new LinkedHashMap<>();

        try (ServiceProcess first = ServiceProcess.start(launch(), dataDir, port)) {
            // Many decisions, the last answered just before the kill: a lost write shows on any of them.
            for (int i = 0; i < DECISIONS; i++) {
                HttpJson.Answer created = first.http().post("/api/v1/triage", TriageRoundTripTestReferral.json());
                assertThat(created.status()).isEqualTo(201);
                answered.put(created.header("Location"), created.json());
            }
        } // closing kills with SIGKILL: no shutdown hooks, no H2 close

        try (ServiceProcess second = ServiceProcess.start(launch(), dataDir, port)) {
            for (Map.Entry<String, JsonNode> decision : answered.entrySet()) {
                HttpJson.Answer stored = second.http().get(decision.getKey());
                assertThat(stored.status()).as(decision.getKey()).isEqualTo(200);
                assertThat(stored.json()).isEqualTo(decision.getValue());
            }
        }
    }

    private static List<String> launch() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of("-cp", classpath, MsetTriageApplication.class.getName());
    }
}
