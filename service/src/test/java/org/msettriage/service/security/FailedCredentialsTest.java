package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Refused credentials hold back the address they came from, never a key's client calling from elsewhere. */
class FailedCredentialsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final FailedCredentials failures = new FailedCredentials(3, now::get);

    @Test
    void anAddressIsHeldBackAfterTheLimitUntilItsMinuteEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.retryAfterSeconds("10.0.0.1")).isZero();
            failures.failed("10.0.0.1");
        }
        now.addAndGet(20_000);

        assertThat(failures.retryAfterSeconds("10.0.0.1")).isEqualTo(40);
        assertThat(failures.retryAfterSeconds("10.0.0.2")).isZero();
        now.addAndGet(40_000);
        assertThat(failures.retryAfterSeconds("10.0.0.1")).isZero();
    }

    @Test
    void guessesAtAKeysFirstCharactersFromAnotherAddressDoNotHoldBackItsClient() throws Exception {
        CredentialThrottle throttle = new CredentialThrottle(failures, CredentialThrottle::bearer, (q, r, s) -> {
            r.setStatus(429);
        });
        for (int i = 0; i < 4; i++) {
            MockHttpServletResponse guessed = through(throttle, "10.0.1.1", "demo-aud-guess-" + i);
            if (guessed.getStatus() != 429) {
                // As the API's refusal counts it, against the address it came from.
                failures.failed("10.0.1.1");
            }
        }

        assertThat(through(throttle, "10.0.1.1", "demo-auditor-key").getStatus())
                .as("the guessing address waits")
                .isEqualTo(429);
        assertThat(through(throttle, "10.0.9.9", "demo-auditor-key").getStatus())
                .as("the key's own client, elsewhere, does not")
                .isEqualTo(200);
    }

    private static MockHttpServletResponse through(CredentialThrottle throttle, String address, String key)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/indicators");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Bearer " + key);
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
