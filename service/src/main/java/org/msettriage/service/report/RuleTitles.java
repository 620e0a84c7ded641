package org.msettriage.service.report;

import java.util.HashMap;
import java.util.Map;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.springframework.stereotype.Component;

/** The titles of the rules in force, by id: a rule's name is a sentence a panel chair could read aloud. */
@Component
class RuleTitles {

    static final String NO_LONGER_IN_FORCE = "A rule the ruleset in force no longer has";

    private final ActiveRuleset ruleset;

    RuleTitles(ActiveRuleset ruleset) {
        this.ruleset = ruleset;
    }

    /** Every rule's title, by id, as the ruleset in force now words it. */
    Map<String, String> byId() {
        Map<String, String> titles = new HashMap<>();
        ruleset.engine().rules().forEach(rule -> titles.put(rule.id(), rule.name()));
        return titles;
    }

    /** A rule's title, or words saying it is no longer in force: never its id. */
    static String of(String ruleId, Map<String, String> titles) {
        return titles.getOrDefault(ruleId, NO_LONGER_IN_FORCE);
    }
}
