package org.msettriage.service.problem;

/**
 * The service will not start as configured: a key, a client or a period that would expose or damage the
 * record. The message names the setting and says what to do; {@link StartRefusedAnalyzer} puts it at the
 * end of the start's output in place of a stack trace.
 */
public class StartRefusedException extends IllegalStateException {

    public StartRefusedException(String message) {
        super(message);
    }
}
