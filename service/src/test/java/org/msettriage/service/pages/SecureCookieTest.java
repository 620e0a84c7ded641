package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The two session settings an operator sets, as production sets them. */
@TestPropertySource(properties = {"mset.pages.secure-cookie=true", "mset.pages.idle-timeout=30m"})
class SecureCookieTest extends ServiceTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void theSessionCookieIsSecureAndTheTimeoutIsTheConfiguredOne() {
        PageClient.Page form = new PageClient("http://localhost:" + port).get("/audit/sign-in");

        // Secure cookies are not sent back over this test's plain HTTP, so the session cookie (made at
        // sign-in) is checked in the container's settings, and the form token's cookie on the form.
        assertThat(form.header("Set-Cookie")).startsWith("MSET_AUDIT_FORM=").contains("Secure", "HttpOnly");
        assertThat(servletContext.getSessionCookieConfig().isSecure()).isTrue();
        assertThat(servletContext.getSessionCookieConfig().isHttpOnly()).isTrue();
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        assertThat(form.body()).contains("A session ends after 30 minutes without use.");
    }
}
