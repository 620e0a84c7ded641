package org.msettriage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.triage.TriageRoundTripTestReferral;

/**
 * The README's start command works: the packaged jar, run with java -jar on its embedded defaults,
 * starts, warns that the demo keys are enabled, and triages a referral with the demo case system's key. Runs after packaging (failsafe), because a dependency the tests
 * have but the jar lacks only shows here.
 */
class PackagedJarIT {

    @TempDir
    Path dataDir;

    @Test
    void thePackagedJarStartsAndTriages() throws Exception {
        Path jar = Path.of(System.getProperty("test.packaged-jar", "target/mset-triage.jar"));
        assertThat(Files.isRegularFile(jar)).as("packaged jar %s", jar).isTrue();

        // Its compiled rulesets in its own data folder: the jar compiles the packaged ruleset itself, with only
        // what it carries.
        try (ServiceProcess service =
                ServiceProcess.start(List.of("-jar", jar.toString()), dataDir, ServiceProcess.freePort(), null)) {
            HttpJson.Answer created = service.http().post("/api/v1/triage", TriageRoundTripTestReferral.json());

            assertThat(created.status()).as(created.response().body()).isEqualTo(201);
            assertThat(created.json().get("pathway").asString()).isEqualTo("IMMEDIATE_SAFEGUARDING");
            assertThat(service.http().get(created.header("Location")).status()).isEqualTo(200);
            assertThat(service.log())
                    .as("the warning that the published demo keys are enabled")
                    .contains("DEMO API KEYS ARE ENABLED");
        }
    }
}
