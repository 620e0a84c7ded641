package org.msettriage.rules.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one decision may take ({@link AssessmentBudget}), by whose rules decide it. The service reads
 * both from its settings; the command line, which has none, uses {@link #DEFAULT}.
 *
 * @param live the active ruleset's budget for one live referral. It passed validation, an impact replay,
 *     perhaps a shadow and a second policy lead, yet a rule can still loop on a referral none of those met;
 *     unbounded, each such call would hold a core for as long as the service runs.
 * @param candidate a candidate's budget for one referral: long enough for any decision a ruleset that
 *     finishes makes, and short enough that a candidate that never finishes is refused while the policy lead
 *     waits.
 */
public record RuleBudgets(Duration live, Duration candidate) {

    /**
     * Five seconds each: a thousand times what the packaged ruleset takes at its slowest (a few ms on a loaded
     * machine, a first decision included).
     */
    public static final RuleBudgets DEFAULT = new RuleBudgets(Duration.ofSeconds(5), Duration.ofSeconds(5));

    public RuleBudgets {
        requirePositive(live, "live");
        requirePositive(candidate, "candidate");
    }

    private static void requirePositive(Duration budget, String whose) {
        Objects.requireNonNull(budget, whose);
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the " + whose + " budget must be longer than zero, not " + budget);
        }
    }
}
