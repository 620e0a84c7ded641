package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** A changed rule as both ruleset pages show it, from the fragment they share. */
class RulesetDiffFragmentsTest extends ServiceTest {

    @Autowired
    SpringTemplateEngine templates;

    @Test
    void aChangedRuleNamesEachPartAsItWasAndIsNow() {
        RuleChanges.Changed rule = new RuleChanges.Changed(
                "SCORE_BAND",
                "The score's band is the score level",
                List.of(new RuleChanges.Part("Its explanation", "A score of {score}", "The score {score}")));

        String html =
                templates.process("ruleset-diff", Set.of("changed"), new Context(Locale.UK, Map.of("rule", rule)));

        assertThat(html)
                .contains("Rule changed:", "The score&#39;s band is the score level", "(SCORE_BAND)")
                .contains("Its explanation was", "“A score of {score}”", "and is now", "“The score {score}”");
    }
}
