package org.msettriage.service.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The command line's report is not buried under the rule engine's logging of the same problems. */
class CommandLineLoggingTest {

    @Test
    void theRuleEngineLogsNothingAndTheRestOnlyErrors() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level rootBefore = root.getLevel();
        try {
            CommandLineLogging.quiet();

            // Found by a policy lead: a DRL error was printed as Drools' ERROR log, twice, before the verdict.
            assertThat(((Logger) LoggerFactory.getLogger("org.drools.compiler.kie.builder.impl.KieProject"))
                            .isErrorEnabled())
                    .isFalse();
            assertThat(((Logger) LoggerFactory.getLogger("org.kie.api")).isErrorEnabled())
                    .isFalse();
            assertThat(((Logger) LoggerFactory.getLogger("com.zaxxer.hikari")).isErrorEnabled())
                    .isTrue();
            assertThat(((Logger) LoggerFactory.getLogger("com.zaxxer.hikari")).isWarnEnabled())
                    .isFalse();
        } finally {
            root.setLevel(rootBefore);
            for (String engine : CommandLineLogging.RULE_ENGINE) {
                ((Logger) LoggerFactory.getLogger(engine)).setLevel(null);
            }
        }
    }
}
