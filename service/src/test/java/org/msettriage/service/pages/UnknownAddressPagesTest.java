package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;

/**
 * A signed-in reader who follows or types an address that is no page gets their area's "not found" page,
 * not the API's JSON; the API answers an unknown path with its problem whatever the caller accepts.
 */
class UnknownAddressPagesTest extends ServiceTest {

    private static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml");

    @Test
    void anAuditorIsShownTheAuditorsNotFoundPage() {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.AUDITOR.key());

        PageClient.Page page = pages.get("/audit/no-such-page", BROWSER);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Not found</h1>", "There is no page at this address");
    }

    @Test
    void aPolicyLeadIsShownTheWorkbenchsNotFoundPage() {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.POLICY_LEAD.key());

        PageClient.Page page = pages.get("/rules/no-such-page", BROWSER);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("There is no page at this address", "Back to rulesets and proposals");
    }

    @Test
    void aPanelCoordinatorIsShownThePanelsNotFoundPage() {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.PANEL_COORDINATOR.key());

        PageClient.Page page = pages.get("/panel/no-such-page", BROWSER);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("There is no page at this address", "Back to the panel's meetings");
    }

    @Test
    void anAnalystIsShownTheDashboardsNotFoundPage() {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.ANALYST.key());

        PageClient.Page page = pages.get("/analysis/no-such-page", BROWSER);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("There is no page at this address", "Back to the dashboard");
    }

    @Test
    void theApiAnswersAnUnknownPathWithItsProblemEvenToABrowser() {
        HttpJson.Answer answer = as(DemoClients.AUDITOR).send("GET", "/api/v1/no-such-operation", BROWSER);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }
}
