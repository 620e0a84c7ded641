package org.msettriage.service;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real service on a random port, with its own empty H2 file in a temporary folder. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("mset-triage-test").toString();
        registry.add("mset.data-dir", () -> dir);
    }

    /** The service as the demo case system, the client most tests play. */
    protected HttpJson http() {
        return as(DemoClients.CASE_SYSTEM);
    }

    /** The service as one of the demo clients. */
    protected HttpJson as(DemoClients.Key client) {
        return anonymous().as(client);
    }

    /** The service with no credential. */
    protected HttpJson anonymous() {
        return new HttpJson("http://localhost:" + port);
    }
}
