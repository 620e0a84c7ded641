package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.MsetTriageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The service as shipped, started with the production profile and nothing else changed, refuses to start. */
class ProductionProfileTest {

    @TempDir
    Path dataDir;

    @Test
    void theShippedConfigurationDoesNotStartInProduction() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MsetTriageApplication.class)
                        .profiles("production")
                        .run("--server.port=0", "--mset.data-dir=" + dataDir)
                        .close())
                .hasStackTraceContaining("production profile refuses to start with the published demo");
    }
}
