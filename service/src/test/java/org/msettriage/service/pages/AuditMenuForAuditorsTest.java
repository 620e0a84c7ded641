package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.security.Role;

/**
 * The auditors' menu is shown to auditors only: a coordinator's trial, signed in and back at the sign-in
 * form, was offered "Search decisions", "Verification", "Access log" and "Subject access", each a 403.
 */
class AuditMenuForAuditorsTest extends ServiceTest {

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"AUDITOR", "POLICY_LEAD", "ANALYST", "PANEL_COORDINATOR"})
    void theSignInFormOffersTheAuditPagesToAnAuditorAlone(Role role) {
        PageClient pages = new PageClient("http://localhost:" + port);
        pages.signIn(DemoClients.of(role).key());

        PageClient.Page form = pages.get("/audit/sign-in");

        assertThat(form.status()).isEqualTo(200);
        if (role == Role.AUDITOR) {
            assertThat(form.body()).contains("aria-label=\"Audit pages\"", "Search decisions");
        } else {
            assertThat(form.body()).doesNotContain("aria-label=\"Audit pages\"", "Search decisions");
        }
    }
}
