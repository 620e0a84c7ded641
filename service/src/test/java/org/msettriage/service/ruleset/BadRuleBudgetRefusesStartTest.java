package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.MsetTriageApplication;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;

/**
 * A budget no decision could mean stops the whole service's start with the service's own refusal (the
 * short report naming the setting), not with Spring's failure to bind {@code mset.rules} and its stack.
 */
class BadRuleBudgetRefusesStartTest {

    @TempDir
    Path dataDir;

    @Test
    void aLiveBudgetOfNothingRefusesTheStartNamingTheSetting() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(MsetTriageApplication.class)
                .web(WebApplicationType.NONE)
                .run("--mset.data-dir=" + dataDir, "--mset.rules.live-budget=0s")
                .close());

        assertThat(failure).hasRootCauseExactlyInstanceOf(StartRefusedException.class);
        assertThat(failure).rootCause().hasMessage("mset.rules.live-budget must be longer than zero, such as 5s");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(cause)
                    .as("a failure to bind, which Boot reports before the refusal")
                    .isNotInstanceOf(BindException.class);
        }
    }
}
