package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.springframework.beans.factory.annotation.Value;

/** Health watches the free space of the disk the data is written to, not of the folder the service started in. */
class DataDiskHealthTest extends SecurityTest {

    @Value("${mset.data-dir}")
    String dataDir;

    @Test
    void theDiskSpaceCheckIsOnTheDataFolder() {
        HttpJson.Answer health = as(DemoClients.OPERATOR).get("/actuator/health");

        String watched = health.json()
                .path("components")
                .path("diskSpace")
                .path("details")
                .path("path")
                .asString();
        assertThat(Path.of(watched).normalize())
                .as(health.response().body())
                .isEqualTo(Path.of(dataDir).normalize());
    }
}
