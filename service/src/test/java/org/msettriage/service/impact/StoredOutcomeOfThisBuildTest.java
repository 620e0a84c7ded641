package org.msettriage.service.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.StoredDecisionJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A replay takes a stored outcome as the active ruleset's only from a decision the running build made:
 * after an upgrade, the report must show what the candidate changes, not what the new code does.
 */
class StoredOutcomeOfThisBuildTest {

    private static final StoredDecisionJson.Read ANSWER = StoredDecisionJson.read(
            JsonMapper.builder().build(), """
            {"ruleset": {"version": "2026.12.2", "sha256": "%s"}, "riskLevel": "MODERATE",
             "pathway": "PRE_MSET", "preMset": {"eligible": true}, "msetPanel": {"eligible": false},
             "actions": [{"code": "A"}]}
            """.formatted("ab".repeat(32)).getBytes(StandardCharsets.UTF_8));

    @Test
    void theOutcomeOfADecisionThisBuildMadeIsGiven() {
        assertThat(ANSWER.given()).isNotNull();
        assertThat(ImpactJobs.given(ANSWER, "0.1.0@2026-12-03T18:00:00Z", "0.1.0@2026-12-03T18:00:00Z"))
                .isEqualTo(ANSWER.given());
    }

    @Test
    void aDecisionAnotherBuildMadeOrOneMadeBeforeBuildsWereKeptIsDecidedAgain() {
        assertThat(ImpactJobs.given(ANSWER, "0.1.0@2026-11-01T09:00:00Z", "0.1.0@2026-12-03T18:00:00Z"))
                .isNull();
        assertThat(ImpactJobs.given(ANSWER, null, "0.1.0@2026-12-03T18:00:00Z")).isNull();
    }
}
