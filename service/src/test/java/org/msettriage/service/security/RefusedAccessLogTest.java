package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.msettriage.service.metrics.MsetMetrics;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** An operator reading a refusal in the log can tell which client was refused, never by its key. */
@ExtendWith(OutputCaptureExtension.class)
class RefusedAccessLogTest {

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRefusalForTheRoleNamesTheClientAndNotItsKey(CapturedOutput output) throws Exception {
        Caller analyst = new Caller(Caller.Method.API_KEY, "north-analysts", Set.of(Role.ANALYST));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(analyst, "north-analysts-secret-key"));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/triage");
        request.addHeader("Authorization", "Bearer north-analysts-secret-key");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SecurityProblems(
                        new KnownOperations(AccessRules.OPERATIONS),
                        new FailedCredentials(20, new MsetMetrics(new SimpleMeterRegistry())))
                .handle(request, response, new AccessDeniedException("denied"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(output.getOut())
                .contains("Access refused for POST /api/v1/triage: the caller API_KEY:north-analysts has no owner role")
                .doesNotContain("north-analysts-secret-key");
    }
}
