package org.msettriage.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A candidate whose DRL does not compile is a policy lead's slip, answered in words: the service log
 * gets no ERROR and no parser frames for it (an operator who alerts on ERROR was paged for a typo).
 */
@ExtendWith(OutputCaptureExtension.class)
class CandidateCompileLogTest extends ServiceTest {

    @Test
    void aCandidateThatDoesNotCompileIsAnsweredAndNotLoggedAsAnError(CapturedOutput output) {
        HttpJson.Answer checked = as(DemoClients.POLICY_LEAD)
                .postZip(
                        "/api/v1/rulesets/validate",
                        CandidateRulesets.zip(CandidateRulesets.edited(
                                "typo-1", "level.drl", drl -> drl.replaceFirst("then", "then\n    int y = \"a\";"))));

        assertThat(checked.json().path("usable").asBoolean())
                .as(checked.json().toString())
                .isFalse();
        assertThat(checked.json().toString()).contains("COMPILE");
        assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("Unable to build");
    }
}
