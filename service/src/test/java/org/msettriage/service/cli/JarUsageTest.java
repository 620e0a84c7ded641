package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the jar does with arguments that are neither a command nor a setting: it never starts on them. */
class JarUsageTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String... args) {
        return JarUsage.check(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpIsAnsweredWithTheUsageAndNoStart() {
        for (String help : new String[] {"--help", "-h", "help"}) {
            out.reset();

            assertThat(check("--server.port=8081", help)).as(help).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("rulesets", "audit verify", "--server.port");
        }
    }

    @Test
    void aWordThatIsNotASettingIsRefusedRatherThanStartingTheService() {
        assertThat(check("ruleset", "validate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Not understood: argument 1")
                .contains("Usage:");
    }

    @Test
    void aStrayWordIsNamedByItsPlaceNeverRepeated() {
        // A space cut a key from its setting: the key is not echoed to a log.
        assertThat(check("--mset.audit.seal-key", "c2VjcmV0LWtleQ==")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("argument 2").doesNotContain("c2VjcmV0LWtleQ==");
    }

    @Test
    void settingsAloneStartTheService() {
        assertThat(check()).isEqualTo(-1);
        assertThat(check("--server.port=8081", "--mset.data-dir=/tmp/x")).isEqualTo(-1);
        assertThat(out.size() + err.size()).isZero();
    }
}
