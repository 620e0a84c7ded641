package org.msettriage.service.ruleset;

import org.msettriage.rules.engine.RuleBudgets;

/** Ruleset settings as an unconfigured service has them, but for the folder compiled forms are kept in. */
final class RulesetSettingsFor {

    private RulesetSettingsFor() {}

    static RulesetSettings compiledIn(String folder) {
        return new RulesetSettings("", "", "", folder, RuleBudgets.DEFAULT.live(), RuleBudgets.DEFAULT.candidate());
    }
}
