package org.msettriage.service.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;

/** The API viewer, on by default while the demo keys are configured, as they are here. */
class ApiViewerTest extends ServiceTest {

    @Test
    void theViewerPageNeedsNoCredentialAndRunsOnlyThisServicesScripts() {
        HttpJson.Answer page = anonymous().get("/api/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("default-src 'none'");
        assertThat(page.response().body())
                .contains("/webjars/swagger-ui/" + ApiViewerController.SWAGGER_UI + "/swagger-ui-bundle.js")
                .contains("/api/docs/assets/viewer.js")
                .doesNotContain("https://");
    }

    @Test
    void theViewerShowsTheDocumentTheServiceServes() {
        HttpJson.Answer shown = anonymous().get("/api/docs/openapi.yaml");
        HttpJson.Answer served = as(DemoClients.ANALYST).get("/api/v1/openapi.yaml");

        assertThat(shown.status()).isEqualTo(200);
        // The same document, but that calls tried out go to the service showing it, wherever it runs.
        assertThat(served.response().body()).contains("  - url: http://localhost:8080\n");
        assertThat(shown.response().body())
                .doesNotContain("localhost:8080")
                .contains("servers:\n  - url: /\n")
                .isEqualTo(ApiViewerController.servedFromHere(served.response().body()));
        assertThat(ApiViewerController.servedFromHere(served.response().body())
                        .replace("servers:\n  - url: /\n    description: This service, which shows the document\n", ""))
                .isEqualTo(served.response()
                        .body()
                        .replace(
                                "servers:\n  - url: http://localhost:8080\n"
                                        + "    description: The service on its embedded defaults\n",
                                ""));
    }

    @Test
    void swaggerUisFilesComeFromTheJar() {
        for (String file : new String[] {
            "/webjars/swagger-ui/" + ApiViewerController.SWAGGER_UI + "/swagger-ui-bundle.js",
            "/webjars/swagger-ui/" + ApiViewerController.SWAGGER_UI + "/swagger-ui.css",
            "/api/docs/assets/viewer.js",
            "/api/docs/assets/viewer.css"
        }) {
            assertThat(anonymous().get(file).status()).as(file).isEqualTo(200);
        }
    }

    @Test
    void theViewerReadsNothingElse() {
        assertThat(anonymous().post("/api/docs", "{}").status()).isEqualTo(404);
        assertThat(anonymous().get("/webjars/other/1.0/x.js").status()).isEqualTo(401);
    }
}
