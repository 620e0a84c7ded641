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

        assertThat(form.header("Set-Cookie")).contains("; Secure", "; HttpOnly", "; SameSite=Strict");
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        assertThat(form.body()).contains("A session ends after 30 minutes without use.");
    }
}
