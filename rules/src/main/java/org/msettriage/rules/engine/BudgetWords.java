package org.msettriage.rules.engine;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A time budget as a policy lead reads it, the same wherever a decision over one is reported ("5 s", "1.5 s",
 * "250 ms"): seconds from one second up, milliseconds below, never rounded (half a second is not "0 s").
 */
public final class BudgetWords {

    private BudgetWords() {}

    /** The budget in words, to the millisecond. */
    public static String of(Duration budget) {
        long millis = budget.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }
}
