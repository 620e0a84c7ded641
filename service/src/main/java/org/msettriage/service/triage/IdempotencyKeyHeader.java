package org.msettriage.service.triage;

import java.util.List;
import java.util.regex.Pattern;
import org.msettriage.service.problem.ParameterProblem;

/**
 * The Idempotency-Key header as the contract bounds it (one key of 1 to 255 visible ASCII characters),
 * checked where the referral's body is read so that a refusal names the header's problem with the body's.
 */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";

    private static final Pattern VALID_KEY = Pattern.compile("[!-~]{1,255}");

    private IdempotencyKeyHeader() {}

    /** What is wrong with the header's values as sent, one by one; empty when there is none or one valid key. */
    static List<ParameterProblem> problems(List<String> sent) {
        // Spring joins repeated headers with commas, which a key may hold: two keys would pass as a third.
        if (sent.size() > 1) {
            return List.of(
                    new ParameterProblem(NAME, "must be sent once: a request with two keys cannot be retried safely"));
        }
        if (sent.size() == 1 && !VALID_KEY.matcher(sent.get(0)).matches()) {
            return List.of(new ParameterProblem(NAME, "must be 1 to 255 visible ASCII characters (no spaces)"));
        }
        return List.of();
    }
}
