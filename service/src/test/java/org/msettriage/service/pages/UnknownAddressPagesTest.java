package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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
            AUDITOR           | audit    | <a id="home" href="/audit">Go to your audit home page</a>
            POLICY_LEAD       | rules    | <a id="home" href="/rules">Go to your rules home page</a>
            PANEL_COORDINATOR | panel    | <a id="home" href="/panel">Go to your panel home page</a>
            ANALYST           | analysis | <a id="home" href="/analysis">Go to your analysis home page</a>
            """)
    void eachReaderIsShownTheirAreasNotFoundPage(Role role, String area, String wayBack) {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.of(role).key());

        PageClient.Page page = pages.get("/" + area + "/no-such-page", BROWSER);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("There is no page at this address", wayBack);
        assertThat(page.body()).as("its area's footer, as every page has").contains("<footer class=\"site-footer\"");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            AUDITOR           | /audit/decisions/          | Go to your audit home page
            AUDITOR           | /audit/                    | Go to your audit home page
            POLICY_LEAD       | /rules/ruleset/2027.1.0    | Go to your rules home page
            PANEL_COORDINATOR | /panel/meeting             | Go to your panel home page
            ANALYST           | /analysis/foo              | Go to your analysis home page
            """)
    void anAddressATrialFoundIsShownAsTheAreasNotFoundPage(Role role, String path, String wayBack) {
        // Found by a new user: each of these answered the API's JSON problem in the browser.
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.of(role).key());

        PageClient.Page page = pages.get(path, BROWSER);

        assertThat(page.status()).as(page.body()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("There is no page at this address", wayBack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/audit/decisions/", "/panel/meeting", "/rules/ruleset/2027.1.0", "/analysis/foo"})
    void someoneNotSignedInIsSentToTheFormAndGivenNoSession(String path) {
        PageClient.Page page = new PageClient("http://localhost:" + port).get(path, BROWSER);

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).startsWith("/audit/sign-in?next=");
        assertThat(page.headers("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(PageClient.SESSION_COOKIE));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            AUDITOR           | /audit/decisions/child-7f3a/x
            PANEL_COORDINATOR | /panel/child-7f3a
            ANALYST           | /analysis/child-7f3a
            POLICY_LEAD       | /rules/child-7f3a/x
            """)
    void anythingNotAskingForAPageIsToldNothingIsThereWithoutThePathRepeated(Role role, String path) {
        // A data protection trial: Spring's detail said "No endpoint GET /panel/child-…", repeating what a
        // reader may have typed a child's reference into.
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.of(role).key());

        PageClient.Page answer = pages.get(path + "?ref=REF-2026-0412", Map.of("Accept", "*/*"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("Nothing is served at this path.").doesNotContain("child-7f3a", "REF-2026");
    }

    @Test
    void theApiAnswersAnUnknownPathWithItsProblemEvenToABrowser() {
        HttpJson.Answer answer = as(DemoClients.AUDITOR).send("GET", "/api/v1/no-such-operation", BROWSER);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }
}
