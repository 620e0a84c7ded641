package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msettriage.service.metrics.MsetMetrics;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Refused credentials hold back the address they came from, and a key prefix wherever the key has not worked;
 * never a key's client where it calls from, and never a key by the guesses of one address alone.
 */
class FailedCredentialsTest {

    private static final String KEY = "demo-auditor-key";
    /** Refusals that hold back a prefix: five times an address's 3. */
    private static final int PREFIX_LIMIT = 15;

    private final AtomicLong now = new AtomicLong(1_000_000);
    /** The holds the operators are told of, as "address 3" or "prefix 15". */
    private final List<String> holds = new ArrayList<>();

    private final FailedCredentials failures = new FailedCredentials(3, 10, now::get, told(holds));
    private final CredentialThrottle throttle =
            new CredentialThrottle(failures, CredentialThrottle::bearer, (q, r, s) -> r.setStatus(429));

    @Test
    void anAddressIsHeldBackAfterTheLimitUntilItsMinuteEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.retryAfterSeconds("10.0.0.1", null)).isZero();
            failures.failed("10.0.0.1", "wrong-key-number-" + i + "-" + "x".repeat(i));
        }
        now.addAndGet(20_000);

        assertThat(failures.retryAfterSeconds("10.0.0.1", null)).isEqualTo(40);
        assertThat(failures.retryAfterSeconds("10.0.0.1", KEY)).isEqualTo(40);
        assertThat(failures.retryAfterSeconds("10.0.0.2", KEY)).isZero();
        now.addAndGet(40_000);
        assertThat(failures.retryAfterSeconds("10.0.0.1", KEY)).isZero();
    }

    @Test
    void guessesAtAKeysFirstCharactersFromManyAddressesHoldThemBackEverywhereTheKeyHasNotWorked() throws Exception {
        assertThat(through("10.0.9.9", KEY).getStatus()).isEqualTo(200);
        failures.worked("10.0.9.9", KEY);
        for (int i = 0; i < PREFIX_LIMIT; i++) {
            // One guess from each address: no address reaches its limit, the prefix does.
            assertThat(through("10.0.1." + i, "demo-aud-guess-" + i).getStatus())
                    .isEqualTo(200);
            failures.failed("10.0.1." + i, "demo-aud-guess-" + i);
        }
        now.addAndGet(15_000);

        assertThat(through("10.0.1.99", "demo-aud-guess-99").getStatus())
                .as("a further guesser waits before its guess is checked")
                .isEqualTo(429);
        assertThat(through("10.0.1.99", "demo-aud-guess-99").getHeader("Retry-After"))
                .isEqualTo("45");
        assertThat(through("10.0.2.2", KEY).getStatus())
                .as("so does the right key from an address where it never worked")
                .isEqualTo(429);
        assertThat(through("10.0.9.9", KEY).getStatus())
                .as("the key's own client, where it worked, does not")
                .isEqualTo(200);
        assertThat(through("10.0.2.2", "demo-case-system-key").getStatus())
                .as("nor another key")
                .isEqualTo(200);
        now.addAndGet(45_000);
        assertThat(through("10.0.2.2", KEY).getStatus()).as("the minute over").isEqualTo(200);
    }

    @Test
    void eachHoldIsToldOnceWhenItBeginsNamingNoAddressNorKey() {
        for (int i = 0; i < 5; i++) {
            failures.failed("10.0.0.1", "demo-aud-guess-" + i);
        }
        for (int i = 0; i < PREFIX_LIMIT; i++) {
            failures.failed("10.0.1." + i, "demo-aud-guess-" + i);
        }
        now.addAndGet(WINDOW);
        for (int i = 0; i < 3; i++) {
            failures.failed("10.0.0.1", "demo-aud-guess-" + i);
        }

        assertThat(holds).containsExactly("address 3", "prefix 15", "address 3");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theServicesHoldsAreLoggedAndCountedNamingNoAddressNorKey(CapturedOutput output) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        FailedCredentials service = new FailedCredentials(2, new MsetMetrics(registry));
        service.failed("10.0.7.1", "demo-aud-guess-1");
        service.failed("10.0.7.1", "demo-aud-guess-2");
        for (int i = 0; i < 8; i++) {
            service.failed("10.0.7." + (10 + i), "demo-aud-guess-" + (10 + i));
        }

        assertThat(output.getOut())
                .contains("A client address had 2 credentials refused in a minute")
                .contains("WARN")
                .contains("API keys sharing their first 8 characters were refused 10 times in a minute")
                .doesNotContain("10.0.7.", "demo-aud");
        assertThat(registry.get("mset.credentials.held.back")
                        .tag("kind", "address")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("mset.credentials.held.back")
                        .tag("kind", "key_prefix")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void anIpv6ClientIsHeldBackAcrossItsWholeSlash64() {
        // Each guess from another address of the same /64, as a client holding it can send them.
        for (int i = 0; i < 3; i++) {
            failures.failed("2001:db8:0:1:0:0:0:" + (i + 1), "wrong-key-number-" + i);
        }

        assertThat(failures.retryAfterSeconds("2001:db8:0:1:9:9:9:9", null)).isEqualTo(60);
        assertThat(failures.retryAfterSeconds("2001:db8:0:2:0:0:0:1", null))
                .as("the next network")
                .isZero();
    }

    @Test
    void aKeyThatWorkedAtOneAddressOfAnIpv6NetworkIsKnownAcrossIt() {
        failures.worked("2001:db8:0:9:0:0:0:1", KEY);
        for (int i = 0; i < PREFIX_LIMIT; i++) {
            failures.failed("10.0.1." + i, "demo-aud-guess-" + i);
        }

        assertThat(failures.retryAfterSeconds("2001:db8:0:9:0:0:0:2", KEY)).isZero();
        assertThat(failures.retryAfterSeconds("2001:db8:0:8:0:0:0:1", KEY)).isEqualTo(60);
    }

    @Test
    void noAddressCanHoldAKeyBackAlone() {
        // As many as the address may make before it is held back itself (its further tries are not checked,
        // so not counted).
        for (int i = 0; i < 3; i++) {
            failures.failed("10.0.1.1", "demo-aud-guess-" + i);
        }

        assertThat(failures.retryAfterSeconds("10.0.1.1", KEY)).isEqualTo(60);
        assertThat(failures.retryAfterSeconds("10.0.2.2", KEY)).isZero();
    }

    @Test
    void anAddressIsKnownOnlyForThePrefixOfTheKeyThatWorkedThere() {
        failures.worked("10.0.9.9", "demo-case-system-key");
        for (int i = 0; i < PREFIX_LIMIT; i++) {
            failures.failed("10.0.1." + i, "demo-aud-guess-" + i);
        }

        assertThat(failures.retryAfterSeconds("10.0.9.9", KEY)).isEqualTo(60);
        assertThat(failures.retryAfterSeconds("10.0.9.9", "demo-case-system-key"))
                .isZero();
    }

    @Test
    void anAddressStaysKnownForThirtyDaysAfterTheKeyLastWorkedThere() {
        failures.worked("10.0.9.9", KEY);
        now.addAndGet(FailedCredentials.KNOWN_FOR_MILLIS - 60_000);
        failures.worked("10.0.9.9", KEY);
        now.addAndGet(FailedCredentials.KNOWN_FOR_MILLIS - 1);
        for (int i = 0; i < PREFIX_LIMIT; i++) {
            failures.failed("10.0.1." + i, "demo-aud-guess-" + i);
        }
        assertThat(failures.retryAfterSeconds("10.0.9.9", KEY))
                .as("worked again since")
                .isZero();

        now.addAndGet(1);
        assertThat(failures.retryAfterSeconds("10.0.9.9", KEY)).isEqualTo(60);
    }

    @Test
    void pastItsBoundTheLeastRecentlyKnownPairGoesFirst() {
        for (int i = 0; i < 10; i++) {
            failures.worked("10.0.8." + i, KEY);
            now.addAndGet(WINDOW);
        }
        failures.worked("10.0.8.0", KEY);
        now.addAndGet(WINDOW);
        failures.worked("10.0.8.10", KEY);
        for (int i = 0; i < PREFIX_LIMIT; i++) {
            failures.failed("10.0.1." + i, "demo-aud-guess-" + i);
        }

        assertThat(failures.retryAfterSeconds("10.0.8.1", KEY))
                .as("the least recent")
                .isEqualTo(60);
        assertThat(failures.retryAfterSeconds("10.0.8.0", KEY))
                .as("worked again")
                .isZero();
        assertThat(failures.retryAfterSeconds("10.0.8.2", KEY)).isZero();
        assertThat(failures.retryAfterSeconds("10.0.8.10", KEY))
                .as("the newest")
                .isZero();
    }

    @Test
    void tokensAndShortCredentialsHaveNoPrefixToHoldBack() {
        for (int i = 0; i < PREFIX_LIMIT; i++) {
            failures.failed("10.0.3." + i, "eyJhbGciOiJSUzI1NiJ9.payload" + i + ".sig");
            failures.failed("10.0.4." + i, "short-key-" + i);
        }

        assertThat(failures.retryAfterSeconds("10.0.5.5", "eyJhbGciOiJSUzI1NiJ9.other.sig"))
                .isZero();
        assertThat(failures.retryAfterSeconds("10.0.5.5", "short-key-9")).isZero();
        assertThat(failures.prefixOf("eyJhbGciOiJSUzI1NiJ9.other.sig")).isNull();
    }

    @Test
    void aPrefixIsKeptOnlyAsAHashKeyedAfreshAtEachStart() {
        FailedCredentials restarted = new FailedCredentials(3, 10, now::get, told(new ArrayList<>()));

        assertThat(failures.prefixOf("  demo-auditor-key ")).isEqualTo(failures.prefixOf("demo-aud-guess-1"));
        assertThat(failures.prefixOf(KEY)).isNotEqualTo(failures.prefixOf("demo-case-system-key"));
        assertThat(restarted.prefixOf(KEY)).isNotEqualTo(failures.prefixOf(KEY));
    }

    private static final long WINDOW = FailedCredentials.WINDOW_MILLIS;

    private static FailedCredentials.Holds told(List<String> holds) {
        return new FailedCredentials.Holds() {
            @Override
            public void addressHeld(int refusals) {
                holds.add("address " + refusals);
            }

            @Override
            public void prefixHeld(int refusals) {
                holds.add("prefix " + refusals);
            }
        };
    }

    private MockHttpServletResponse through(String address, String key) throws Exception {
        return through(throttle, address, key);
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
