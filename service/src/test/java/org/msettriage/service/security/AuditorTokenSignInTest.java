package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.security.TestIdentityProvider.Claims;

/** With JWTs configured, an auditor may sign in to the pages with a token, checked as the API checks it. */
class AuditorTokenSignInTest extends SecurityTest {

    private static final Claims AUDITOR = Claims.caseSystem("auditor.jones").roles(List.of("AUDITOR"));

    private PageClient browser() {
        return new PageClient("http://localhost:" + port);
    }

    @Test
    void anAuditorsTokenSignsInAndTheSubjectIsShownAsWhoIsSignedIn() {
        PageClient browser = browser();

        assertThat(browser.get("/audit/sign-in").body()).contains(">API key or token</label>");
        PageClient.Page signedIn = browser.signIn(TestIdentityProvider.get().token(AUDITOR));

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(browser.get("/audit").body()).contains("Signed in as <strong>auditor.jones</strong>");
    }

    @Test
    void theSharedFormSpeaksToEveryReaderAndNamesTheAreaAskedFor() {
        // Found by a panel coordinator: "MSET Triage audit", and "the API key you use for the API".
        String form = browser().get("/audit/sign-in").body();

        assertThat(form)
                .contains("<title>Sign in – MSET Triage</title>")
                .contains("Sign in with the key you were given for your role, or with a")
                .doesNotContain("MSET Triage audit", "for the API");
        assertThat(browser().get("/audit/sign-in?next=/panel/agenda").body())
                .contains("<title>Sign in – MSET Triage panel</title>");
        assertThat(browser().get("/audit/sign-in?next=/analysis").body())
                .contains("<title>Sign in – MSET Triage analysis</title>");
    }

    @Test
    void anotherRolesTokenIsRefusedAndAnExpiredOneIsNotAccepted() {
        Claims caseSystem = Claims.caseSystem("crm-east");

        assertThat(browser()
                        .signIn(TestIdentityProvider.get().token(caseSystem))
                        .status())
                .isEqualTo(403);
        assertThat(browser()
                        .signIn(TestIdentityProvider.get().token(AUDITOR.expiresIn(Duration.ofMinutes(-5))))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void whenTheIdentityProviderCannotBeReachedTheFormSaysSoWith503() {
        TestIdentityProvider idp = TestIdentityProvider.get();
        String rotated = idp.token(AUDITOR.signedBy(TestIdentityProvider.Signer.ROTATED));
        PageClient browser = browser();
        String token = browser.get("/audit/sign-in").formToken();
        PageClient.Page refused;
        idp.setOutage(true);
        try {
            refused = browser.post("/audit/sign-in", Map.of("_csrf", token, "credential", rotated));
        } finally {
            idp.setOutage(false);
        }

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).contains("The token could not be checked just now.");
        assertThat(browser.get("/audit").status()).isEqualTo(303);
    }
}
