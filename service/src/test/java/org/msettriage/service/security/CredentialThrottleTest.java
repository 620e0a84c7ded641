package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.test.context.TestPropertySource;

/**
 * Refused credentials are throttled per address and per key prefix, on the API and at the auditor sign-in form
 * alike; a key's client is not held back where the key has worked.
 */
@TestPropertySource(properties = "mset.security.failed-credentials-per-minute=5")
class CredentialThrottleTest extends ServiceTest {

    @org.springframework.beans.factory.annotation.Value("${mset.security.failed-credentials-per-minute}")
    int limit;

    /** The service's filter chains, called directly so that each request can come from an address of its own. */
    @Autowired
    FilterChainProxy security;

    @Autowired
    MeterRegistry meters;

    @Test
    void afterTheLimitAnAddressIsHeldBackWithA429UntilItsMinuteEnds() {
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous()
                            .as("wrong-key-number-" + i)
                            .get("/api/v1/indicators")
                            .status())
                    .isEqualTo(401);
        }

        assertThat(limit).isEqualTo(5);
        HttpJson.Answer held = as(DemoClients.CASE_SYSTEM).get("/api/v1/indicators?childRef=CH-PERSONAL-7");
        HttpJson.Answer form = anonymous()
                .post(
                        "/audit/sign-in",
                        "credential=demo-auditor-key",
                        Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(held.status()).isEqualTo(429);
        assertThat(Integer.parseInt(held.header("Retry-After"))).isBetween(1, 60);
        assertThat(held.header("Content-Type")).startsWith("application/problem+json");
        assertThat(held.json().path("type").asString())
                .isEqualTo("https://mset-triage.example/problems/too-many-failed-credentials");
        assertThat(held.json().path("status").asInt()).isEqualTo(429);
        // The path, as every problem names it; never the query string.
        assertThat(held.json().path("instance").asString()).isEqualTo("/api/v1/indicators");
        assertThat(held.response().body()).doesNotContain("CH-PERSONAL-7");
        // The sign-in form is held back too, before its form token is even looked at.
        // A person at the form gets a page in words, saying when to try again, not the API's problem.
        assertThat(form.status()).isEqualTo(429);
        assertThat(form.header("Content-Type")).startsWith("text/html");
        assertThat(form.response().body())
                .contains("<h1>Too many attempts to sign in</h1>")
                .containsPattern(
                        "Try again in <span id=\"retry-after\">" + form.header("Retry-After") + " seconds?</span>")
                .doesNotContain("demo-auditor-key");
        // A request without a credential is asked for one as usual.
        assertThat(anonymous().get("/api/v1/indicators").status()).isEqualTo(401);
    }

    @Test
    void guessesAtAKeysPrefixFromManyAddressesHoldItBackEverywhereButWhereTheKeyWorked() throws Exception {
        String key = DemoClients.CASE_SYSTEM.key();
        double prefixHolds = holds("key_prefix");
        double addressHolds = holds("address");
        assertThat(api("10.1.0.1", key))
                .as("the key's client, before any guessing")
                .isEqualTo(200);
        for (int i = 0; i < 5 * FailedCredentials.PREFIX_LIMIT_FACTOR; i++) {
            // One guess from each address: the prefix reaches its limit, no address does.
            assertThat(api("10.1.1." + i, key.substring(0, 8) + "-guess-" + i)).isEqualTo(401);
        }

        assertThat(api("10.1.2.1", key))
                .as("the right key where it never worked")
                .isEqualTo(429);
        assertThat(api("10.1.0.1", key)).as("the key's client where it worked").isEqualTo(200);
        assertThat(api("10.1.2.1", DemoClients.ANALYST.key())).as("another key").isEqualTo(200);
        assertThat(holds("key_prefix")).as("operators see the hold begin, once").isEqualTo(prefixHolds + 1);
        assertThat(holds("address")).as("no address was held").isEqualTo(addressHolds);
    }

    private double holds(String kind) {
        return meters.get("mset.credentials.held.back")
                .tag("kind", kind)
                .counter()
                .count();
    }

    @Test
    void aSignInAtTheFormMakesItsAddressKnownForTheKeyAndAGuessThereCounts() throws Exception {
        String key = DemoClients.PANEL_COORDINATOR.key();
        assertThat(signIn("10.2.0.1", key)).as("signed in").isEqualTo(SIGNED_IN);
        for (int i = 0; i < 5 * FailedCredentials.PREFIX_LIMIT_FACTOR; i++) {
            assertThat(signIn("10.2.1." + i, key.substring(0, 8) + "-guess-" + i))
                    .isEqualTo(REFUSED);
        }

        assertThat(signIn("10.2.2.1", key))
                .as("the right key where it never worked")
                .isEqualTo(HELD_BACK);
        assertThat(api("10.2.2.1", key)).as("and on the API").isEqualTo(429);
        assertThat(signIn("10.2.0.1", key)).as("where it signed in before").isEqualTo(SIGNED_IN);
    }

    /** The status the API's chain gives a request from this address with this key (200 when it lets it on). */
    private int api(String address, String key) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/indicators");
        request.setServletPath("/api/v1/indicators");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Bearer " + key);
        return through(request).getStatus();
    }

    private static final String SIGNED_IN = "sent on (303)";
    private static final String REFUSED = "shown the form again";
    private static final String HELD_BACK = "held back";

    /** What the sign-in form does with this key from this address, with a good form token. */
    private String signIn(String address, String key) throws Exception {
        String token = "form-token-for-" + address;
        MockHttpServletRequest form = new MockHttpServletRequest();
        new XorCsrfTokenRequestAttributeHandler()
                .handle(
                        form,
                        new MockHttpServletResponse(),
                        () -> new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", token));
        String masked = ((CsrfToken) form.getAttribute(CsrfToken.class.getName())).getToken();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", AuditPageSecurity.SIGN_IN);
        request.setServletPath(AuditPageSecurity.SIGN_IN);
        request.setRemoteAddr(address);
        request.setContentType("application/x-www-form-urlencoded");
        request.setCookies(new Cookie(AuditPageSecurity.FORM_TOKEN_COOKIE, token));
        request.addParameter("_csrf", masked);
        request.addParameter(AuditorSignIn.CREDENTIAL_FIELD, key);
        MockHttpServletResponse response = through(request);
        if (response.getStatus() == 303) {
            return SIGNED_IN;
        }
        // The held-back page is a forward; the page it reaches sets the 429.
        return AuditPageSecurity.HELD_BACK.equals(response.getForwardedUrl()) ? HELD_BACK : REFUSED;
    }

    private MockHttpServletResponse through(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        security.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
