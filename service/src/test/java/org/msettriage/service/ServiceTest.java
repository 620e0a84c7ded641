package org.msettriage.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.msettriage.service.pages.PageClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

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

    /**
     * The service as one of the demo clients; the auditor gives a reason for every read, as it must to read
     * a child's record (a test of reads without one calls {@code anonymous().as(DemoClients.AUDITOR)}).
     */
    protected HttpJson as(DemoClients.Key client) {
        HttpJson caller = anonymous().as(client);
        return client == DemoClients.AUDITOR ? caller.withAccessReason("Test read by the demo auditor") : caller;
    }

    /** The whole store checked against its seals, as the demo auditor asks (with the query given, "" for none). */
    protected JsonNode auditVerification(String query) {
        HttpJson.Answer answer = as(DemoClients.AUDITOR).get("/api/v1/audit/verify" + query);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.json();
    }

    /** The verification page (with the query given, "" for none), as the signed-in demo auditor sees it. */
    protected String verificationPage(String query) {
        return verificationPage(query, 200);
    }

    /** The verification page asked with this query, answered with this status (400 for a head not read). */
    protected String verificationPage(String query, int status) {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());
        PageClient.Page page = pages.get("/audit/verification" + query);
        assertThat(page.status()).isEqualTo(status);
        return page.body();
    }

    /** The service with no credential. */
    protected HttpJson anonymous() {
        return new HttpJson("http://localhost:" + port);
    }
}
