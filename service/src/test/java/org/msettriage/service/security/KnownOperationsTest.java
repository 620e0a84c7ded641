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
            new AccessRules.Rule("triage", HttpMethod.POST, "/api/v1/triage", Set.of())));

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
    void aPathNothingIsServedAtIsNotRepeated() {
        // Found by a data protection review: a short wrong path was logged whole, a child's reference and all.
        assertThat(operations.pathForLog(at("/api/v1/CANARY-CHILD-LOGPATH1")))
                .isEqualTo("(a path the API does not serve)");
        assertThat(operations.pathForLog(at("/CANARY-CHILD-LOGPATH2"))).doesNotContain("CANARY");
    }
}
