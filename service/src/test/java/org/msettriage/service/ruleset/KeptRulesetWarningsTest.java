package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.RulesetWarning;
import org.msettriage.rules.engine.RulesetFile;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A kept ruleset is warned of, where it is shown again (the card asking a second policy lead to approve
 * it), as its check warned its proposer: a policy lead's trial found the card without the warning that its
 * wording states a number a setting holds.
 */
class KeptRulesetWarningsTest extends ServiceTest {

    @Autowired
    RulesetActivation activation;

    @Test
    void aKeptRulesetsWarningsAreThoseItsCheckGave() {
        List<RulesetFile> files = CandidateRulesets.edited(
                "stated-1",
                "indicators.csv",
                csv -> csv.replace(
                        "places of concern for sexual exploitation",
                        "places of concern for sexual exploitation in the last 90 days"));

        JsonNode checked = as(DemoClients.POLICY_LEAD)
                .postZip("/api/v1/rulesets/validate", CandidateRulesets.zip(files))
                .json();

        assertThat(checked.path("usable").asBoolean()).as(checked.toString()).isTrue();
        assertThat(checked.path("warnings"))
                .extracting(warning -> warning.path("kind").asString())
                .containsExactly("STATED_NUMBER");
        assertThat(activation.warnings("stated-1"))
                .extracting(RulesetWarning::kind, RulesetWarning::file, RulesetWarning::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        RulesetWarning.Kind.STATED_NUMBER,
                        checked.path("warnings").get(0).path("file").asString(),
                        checked.path("warnings").get(0).path("message").asString()));
    }
}
