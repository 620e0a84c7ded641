package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMapping;

/** An answer goes out in its operation's own type; a problem, or a type its handler set, is left alone. */
class AnswersInTheirOwnTypeTest {

    /** The security package's answer for a path no operation is served at, or the one at this test's. */
    private final AnswersInTheirOwnType advice = new AnswersInTheirOwnType(request ->
            request.getRequestURI().startsWith("/api/v1/decisions/") ? "/api/v1/decisions/%7BdecisionId%7D" : null);

    @RequestMapping(produces = {"application/yaml", "application/problem+json"})
    String document() {
        return "openapi: 3.0.3";
    }

    @Test
    void anAnswerSelectedAsAProblemGoesOutInItsOperationsOwnType() throws NoSuchMethodException {
        ServletServerHttpResponse response = new ServletServerHttpResponse(new MockHttpServletResponse());

        advice.beforeBodyWrite(
                "openapi: 3.0.3", returnOf("document"), MediaType.APPLICATION_PROBLEM_JSON, null, request(), response);

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/yaml"));
    }

    @Test
    void aTypeTheHandlerSetItselfIsKept() throws NoSuchMethodException {
        // The container's error answers are problems written as a map, their type set by the handler.
        ServletServerHttpResponse response = new ServletServerHttpResponse(new MockHttpServletResponse());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);

        advice.beforeBodyWrite(
                Map.of("status", 500),
                returnOf("document"),
                MediaType.APPLICATION_PROBLEM_JSON,
                null,
                request(),
                response);

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aProblemNamesItsOperationByItsPatternOrNothingNeverThePathAsSent() throws NoSuchMethodException {
        MockHttpServletRequest chosen = new MockHttpServletRequest("POST", "/api/v1/panel/meetings/0123/outcomes");
        chosen.setAttribute(
                org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                new org.springframework.web.method.HandlerMethod(
                        this, getClass().getDeclaredMethod("document")));
        chosen.setAttribute(
                org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
                "/api/v1/panel/meetings/{meetingId}/outcomes");
        MockHttpServletRequest beingChosen = new MockHttpServletRequest("GET", "/api/v1/decisions/Jo-Bloggs");
        MockHttpServletRequest servedNowhere = new MockHttpServletRequest("GET", "/audit/assets/Jo-Bloggs.css");

        assertThat(instanceGiven(chosen)).isEqualTo("/api/v1/panel/meetings/%7BmeetingId%7D/outcomes");
        assertThat(instanceGiven(beingChosen)).isEqualTo("/api/v1/decisions/%7BdecisionId%7D");
        assertThat(instanceGiven(servedNowhere)).isNull();
    }

    /** The instance a problem Spring named by the path as sent goes out with. */
    private String instanceGiven(MockHttpServletRequest request) throws NoSuchMethodException {
        org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatus(400);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        advice.beforeBodyWrite(
                problem,
                returnOf("document"),
                MediaType.APPLICATION_PROBLEM_JSON,
                null,
                new ServletServerHttpRequest(request),
                new ServletServerHttpResponse(new MockHttpServletResponse()));
        return problem.getInstance() == null ? null : problem.getInstance().toString();
    }

    private MethodParameter returnOf(String method) throws NoSuchMethodException {
        return new MethodParameter(getClass().getDeclaredMethod(method), -1);
    }

    private static ServletServerHttpRequest request() {
        return new ServletServerHttpRequest(new MockHttpServletRequest("GET", "/api/v1/openapi.yaml"));
    }
}
