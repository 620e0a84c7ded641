package org.msettriage.service.problem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A refused start reads as Spring Boot's short "APPLICATION FAILED TO START" report (what is wrong, what to
 * do) rather than as the last line of a long stack trace an operator has to dig out. Registered in
 * {@code META-INF/spring.factories}.
 */
class StartRefusedAnalyzer extends AbstractFailureAnalyzer<StartRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartRefusedException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct the setting named above (docs/operations.md lists every setting) and start again."
                        + " No referral was taken.",
                cause);
    }
}
