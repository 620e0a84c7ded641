package org.msettriage.service.ruleset;

import java.time.Duration;
import org.msettriage.rules.engine.RuleBudgets;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the rules may take to decide one referral before the decision is stopped (see {@link
 * RuleBudgets}). {@code liveBudget}: the active ruleset's, for a live triage call and an impact replay's
 * active side; {@code candidateBudget}: a candidate's, for validation, an impact replay and a shadow.
 */
@ConfigurationProperties("mset.rules")
public record RuleBudgetSettings(
        @DefaultValue("5s") Duration liveBudget,
        @DefaultValue("5s") Duration candidateBudget) {

    /** Long enough for a decision that finishes on a loaded machine (the packaged rules take a few ms). */
    static final Duration SHORTEST = Duration.ofMillis(100);

    /** Beyond it a rule that never finishes holds a core, and a live call its caller, for minutes. */
    static final Duration LONGEST = Duration.ofMinutes(1);

    public RuleBudgetSettings {
        // Checked here, at start, rather than as a decision is stopped at once or never: both name the setting.
        checked("mset.rules.live-budget", liveBudget);
        checked("mset.rules.candidate-budget", candidateBudget);
    }

    /** The budgets, as the rules module takes them. */
    public RuleBudgets budgets() {
        return new RuleBudgets(liveBudget, candidateBudget);
    }

    private static void checked(String setting, Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException(setting + " must be longer than zero, such as 5s");
        }
        if (budget.compareTo(SHORTEST) < 0 || budget.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(setting + " must be from 100ms to 1m, such as 5s: shorter refuses"
                    + " decisions that finish, longer lets a rule that never finishes hold a core that long");
        }
    }
}
