package org.msettriage.service.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.test.context.TestPropertySource;

/** Turned off, the viewer's paths are a 404 problem to everyone, and the document stays at its API path. */
@TestPropertySource(properties = "mset.api-docs.viewer=false")
class ApiViewerOffTest extends ServiceTest {

    @Test
    void everyViewerPathIsNotFoundAndTheDocumentIsStillServed() {
        for (String path : new String[] {
            "/api/docs",
            "/api/docs/openapi.yaml",
            "/webjars/swagger-ui/" + ApiViewerController.SWAGGER_UI + "/swagger-ui.css"
        }) {
            HttpJson.Answer refused = anonymous().get(path);

            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(as(DemoClients.AUDITOR).get("/api/v1/openapi.yaml").status()).isEqualTo(200);
    }
}
