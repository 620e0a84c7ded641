package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailedCredentialsTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final FailedCredentials failures = new FailedCredentials(3, now::get);

    @Test
    void anAddressIsHeldBackAfterTheLimitUntilItsMinuteEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(failures.retryAfterSeconds("10.0.0.1", "guess-" + i + "-xxxxxxxxxx"))
                    .isZero();
            failures.failed("10.0.0.1", "guess-" + i + "-xxxxxxxxxx");
        }
        now.addAndGet(20_000);

        assertThat(failures.retryAfterSeconds("10.0.0.1", "anything-else-at-all"))
                .isEqualTo(40);
        assertThat(failures.retryAfterSeconds("10.0.0.2", "anything-else-at-all"))
                .isZero();
        now.addAndGet(40_000);
        assertThat(failures.retryAfterSeconds("10.0.0.1", "anything-else-at-all"))
                .isZero();
    }

    @Test
    void aKeyPrefixIsHeldBackWhateverAddressTriesIt() {
        for (int i = 0; i < 3; i++) {
            failures.failed("10.0.1." + i, "abcdefgh-guess-" + i);
        }

        assertThat(failures.retryAfterSeconds("10.0.9.9", "abcdefgh-another")).isPositive();
        assertThat(failures.retryAfterSeconds("10.0.9.9", "zyxwvuts-another")).isZero();
    }

    @Test
    void tokensAreNotHeldBackByTheirCommonPrefix() {
        for (int i = 0; i < 3; i++) {
            failures.failed("10.0.2." + i, "eyJhbGciOiJSUzI1NiJ9.payload" + i + ".sig");
        }

        assertThat(failures.retryAfterSeconds("10.0.9.9", "eyJhbGciOiJSUzI1NiJ9.good.sig"))
                .isZero();
    }
}
