package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.metrics.MsetMetrics;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal made before any operation runs (401, 403, 404 for a path nothing is served at, 405, the
 * throttle's 429, and those made outside the security filters) never repeats the path sent, which the caller
 * wrote as it liked (a child's name where an id goes): its {@code instance} is the pattern of the operation
 * asked for, as an operation's own not-found names it, and there is none for a path the API does not serve.
 */
class RefusalInstanceTest {

    private static final String NAME = "Jane-Smith-2011-03-04";
    private final SecurityProblems problems = new SecurityProblems(
            new KnownOperations(AccessRules.OPERATIONS),
            new FailedCredentials(20, new MsetMetrics(new SimpleMeterRegistry())));

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCallWithoutCredentialIsNamedByTheOperationsPattern() throws Exception {
        JsonNode refused = unauthenticated("GET", "/api/v1/decisions/" + NAME + "/record");

        assertThat(refused.path("status").asInt()).isEqualTo(401);
        assertThat(refused.path("instance").asString()).isEqualTo("/api/v1/decisions/%7BdecisionId%7D/record");
        assertThat(refused.toString()).doesNotContain(NAME);
    }

    @Test
    void aCallWithoutCredentialToAPathNothingIsServedAtHasNoInstance() throws Exception {
        JsonNode refused = unauthenticated("GET", "/api/v1/" + NAME + "/%3Cscript%3E");

        assertThat(refused.path("status").asInt()).isEqualTo(401);
        assertThat(refused.has("instance")).isFalse();
        assertThat(refused.toString()).doesNotContain(NAME).doesNotContain("script");
    }

    @Test
    void anAuthenticatedCallerIsToldNothingIsServedThereWithoutThePathRepeated() throws Exception {
        JsonNode refused = denied(Role.CASE_SYSTEM, "GET", "/api/v1/" + NAME);

        assertThat(refused.path("status").asInt()).isEqualTo(404);
        assertThat(refused.has("instance")).isFalse();
        assertThat(refused.toString()).doesNotContain(NAME);
    }

    @Test
    void aWrongMethodAndAnotherRolesOperationAreNamedByTheirPatterns() throws Exception {
        JsonNode wrongMethod = denied(Role.POLICY_LEAD, "DELETE", "/api/v1/rulesets/" + NAME);
        JsonNode anotherRole = denied(Role.ANALYST, "GET", "/api/v1/rulesets/" + NAME);

        assertThat(wrongMethod.path("status").asInt()).isEqualTo(405);
        assertThat(wrongMethod.path("instance").asString()).isEqualTo("/api/v1/rulesets/%7Bversion%7D");
        assertThat(anotherRole.path("status").asInt()).isEqualTo(403);
        assertThat(anotherRole.path("instance").asString()).isEqualTo("/api/v1/rulesets/%7Bversion%7D");
    }

    @Test
    void theRefusalsMadeOutsideTheSecurityFiltersNameTheOperationToo() {
        KnownOperations operations = new KnownOperations(AccessRules.OPERATIONS);
        MockHttpServletRequest onErrorDispatch = request("POST", "/error");
        onErrorDispatch.setAttribute(
                jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/decisions/" + NAME + "/feedback");

        assertThat(operations.of(request("POST", "/api/v1/triage"))).isEqualTo("/api/v1/triage");
        assertThat(operations.of(onErrorDispatch)).isEqualTo("/api/v1/decisions/%7BdecisionId%7D/feedback");
        assertThat(operations.of(request("GET", "/api/v1/" + NAME))).isNull();
        // Broken percent-encoding, which the container refuses before any servlet runs: nothing to name.
        assertThat(operations.of(request("GET", "/api/v1/decisions/%zz"))).isNull();
    }

    @Test
    void aCallerHeldBackForRefusedCredentialsIsToldTheOperationNotThePathSent() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        CredentialThrottle.problem(new KnownOperations(AccessRules.OPERATIONS))
                .answer(request("GET", "/api/v1/decisions/" + NAME), response, 30);

        JsonNode held = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(held.path("status").asInt()).isEqualTo(429);
        assertThat(held.path("instance").asString()).isEqualTo("/api/v1/decisions/%7BdecisionId%7D");
        assertThat(held.toString()).doesNotContain(NAME);
    }

    private JsonNode unauthenticated(String method, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.commence(request(method, path), response, new InsufficientAuthenticationException("none"));
        return JsonMapper.builder().build().readTree(response.getContentAsString());
    }

    private JsonNode denied(Role role, String method, String path) throws Exception {
        Caller caller = new Caller(Caller.Method.API_KEY, "a-client", Set.of(role));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(caller, "key"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        problems.handle(request(method, path), response, new AccessDeniedException("denied"));
        return JsonMapper.builder().build().readTree(response.getContentAsString());
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }
}
