package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;

/** What the log may say of a refused call's path: the operation's pattern, never what the caller wrote. */
class KnownOperationsTest {

    private final KnownOperations operations = new KnownOperations(List.of(
            new AccessRules.Rule("readDecision", HttpMethod.GET, "/api/v1/decisions/{decisionId}", Set.of()),
            new AccessRules.Rule("triage", HttpMethod.POST, "/api/v1/triage", Set.of()),
            new AccessRules.Rule("readRuleset", HttpMethod.GET, "/api/v1/rulesets/{version}", Set.of()),
            new AccessRules.Rule("validate", HttpMethod.POST, "/api/v1/rulesets/validate", Set.of())));

    private static MockHttpServletRequest at(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    @Test
    void aServedPathIsNamedByItsOperationsPatternNotByWhatFilledIt() {
        assertThat(operations.pathForLog(at("/api/v1/decisions/CANARY-CHILD-7731")))
                .isEqualTo("/api/v1/decisions/{decisionId}");
        assertThat(operations.pathForLog(at("/api/v1/triage"))).isEqualTo("/api/v1/triage");
    }

    @Test
    void theOperationNamedIsTheOneTheCallAskedFor() {
        // Found by a review: a refused POST to validate was logged as the ruleset read listed before it.
        assertThat(operations.pathForLog(new MockHttpServletRequest("POST", "/api/v1/rulesets/validate")))
                .isEqualTo("/api/v1/rulesets/validate");
        assertThat(operations.pathForLog(new MockHttpServletRequest("GET", "/api/v1/rulesets/2026.12.2")))
                .isEqualTo("/api/v1/rulesets/{version}");
    }

    @Test
    void aPathNothingIsServedAtIsNotRepeated() {
        // Found by a data protection review: a short wrong path was logged whole, a child's reference and all.
        assertThat(operations.pathForLog(at("/api/v1/CANARY-CHILD-LOGPATH1")))
                .isEqualTo("(a path the API does not serve)");
        assertThat(operations.pathForLog(at("/CANARY-CHILD-LOGPATH2"))).doesNotContain("CANARY");
    }
}
