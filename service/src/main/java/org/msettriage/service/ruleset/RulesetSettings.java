package org.msettriage.service.ruleset;

import java.time.Duration;
import org.msettriage.rules.engine.RuleBudgets;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where rules come from, and how long they may take. {@code location}: a ruleset folder on disk to serve
 * at first start instead of the packaged ruleset. {@code candidates}: the folder under which a policy lead
 * may name a candidate folder by path for validation. {@code scenarios}: a folder of scenario files every
 * candidate is checked against; empty means the scenarios packaged with the service (test-data/scenarios).
 * {@code compiled}: the folder where each ruleset's compiled form is kept, so a restart or an activation
 * loads it rather than compiling again; empty keeps none. {@code liveBudget}: how long the active ruleset
 * may take to decide one referral (a live call, an impact replay's active side) before the decision is
 * stopped; {@code candidateBudget}: the same for a candidate (validation, an impact replay, a shadow); see
 * {@link RuleBudgets}.
 */
@ConfigurationProperties("mset.rules")
public record RulesetSettings(
        String location,
        String candidates,
        String scenarios,
        String compiled,
        @DefaultValue("5s") Duration liveBudget,
        @DefaultValue("5s") Duration candidateBudget) {

    /** Long enough for a decision that finishes on a loaded machine (the packaged rules take a few ms). */
    static final Duration SHORTEST = Duration.ofMillis(100);

    /** Beyond it a rule that never finishes holds a core, and a live call its caller, for minutes. */
    static final Duration LONGEST = Duration.ofMinutes(1);

    /**
     * The budgets, as the rules module takes them. Every feature that decides reads them as it is made, so
     * a budget no decision could mean refuses the start, naming the setting, rather than stopping every
     * decision at once or none ever; as the service's other refused settings do, not as a binding failure.
     */
    public RuleBudgets budgets() {
        checked("mset.rules.live-budget", liveBudget);
        checked("mset.rules.candidate-budget", candidateBudget);
        return new RuleBudgets(liveBudget, candidateBudget);
    }

    private static void checked(String setting, Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new StartRefusedException(setting + " must be longer than zero, such as 5s");
        }
        if (budget.compareTo(SHORTEST) < 0 || budget.compareTo(LONGEST) > 0) {
            throw new StartRefusedException(setting + " must be from 100ms to 1m, such as 5s: shorter refuses"
                    + " decisions that finish, longer lets a rule that never finishes hold a core that long");
        }
    }
}
