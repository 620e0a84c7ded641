package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.RuleDescription;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.ruleset.CandidateRulesets;

/** "Why, step by step" groups each rule of the packaged ruleset under the policy step its guidance names. */
class RulesetPoliciesTest {

    @Test
    void everyPackagedRuleBelongsToAStepOfThePolicy() {
        TriageEngine packaged = CandidateRulesets.packagedEngine();

        assertThat(packaged.rules())
                .as("rules the decision page would file under \"Other rules\"")
                .filteredOn(rule -> RulesetPolicies.sectionOf(rule) == 0)
                .extracting(RuleDescription::id)
                .isEmpty();
        assertThat(packaged.rules())
                .filteredOn(rule -> rule.id().equals("INDICATOR_POINTS"))
                .extracting(RulesetPolicies::sectionOf)
                .containsExactly(1);
    }
}
