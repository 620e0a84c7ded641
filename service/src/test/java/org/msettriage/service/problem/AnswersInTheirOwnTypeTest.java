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

    private final AnswersInTheirOwnType advice = new AnswersInTheirOwnType();

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

    private MethodParameter returnOf(String method) throws NoSuchMethodException {
        return new MethodParameter(getClass().getDeclaredMethod(method), -1);
    }

    private static ServletServerHttpRequest request() {
        return new ServletServerHttpRequest(new MockHttpServletRequest("GET", "/api/v1/openapi.yaml"));
    }
}
