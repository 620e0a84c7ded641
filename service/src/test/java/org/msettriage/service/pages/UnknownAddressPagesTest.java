package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.security.Role;

/**
 * A signed-in reader who follows or types an address that is no page gets their area's "not found" page,
 * not the API's JSON; the API answers an unknown path with its problem whatever the caller accepts.
 */
class UnknownAddressPagesTest extends ServiceTest {

    private static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml");

    @ParameterizedTest(name = "{0} in /{1}")
    @CsvSource(delimiter = '|', textBlock = """
            AUDITOR           | audit    | <h1>Not found</h1>
            POLICY_LEAD       | rules    | Back to rulesets and proposals
            PANEL_COORDINATOR | panel    | Back to the panel's meetings
            ANALYST           | analysis | Back to the dashboard
            """)
    void eachReaderIsShownTheirAreasNotFoundPage(Role role, String area, String wayBack) {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.of(role).key());

        PageClient.Page page = pages.get("/" + area + "/no-such-page", BROWSER);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("There is no page at this address", wayBack);
    }

    @Test
    void theApiAnswersAnUnknownPathWithItsProblemEvenToABrowser() {
        HttpJson.Answer answer = as(DemoClients.AUDITOR).send("GET", "/api/v1/no-such-operation", BROWSER);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }
}
