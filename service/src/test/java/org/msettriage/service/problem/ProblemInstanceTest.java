package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The {@code instance} of problems written outside MVC comes from the operation asked for ({@link
 * OperationAddress}), on the container's error dispatch too, where the path read is the one first asked
 * for, not the error page's; with no operation to name there is no instance.
 */
class ProblemInstanceTest {

    @Test
    void onTheErrorDispatchThePathReadIsTheOneFirstAskedFor() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/triage");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);

        Object problem = errorAnswers(
                        asked -> RequestPaths.pathOf(asked).equals("/api/v1/triage") ? "/api/v1/triage" : null)
                .error(request)
                .getBody();

        assertThat(problem)
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("instance", "/api/v1/triage")
                .containsEntry("status", 500);
    }

    @Test
    void withNoOperationToNameTheProblemHasNoInstance() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/Jane-Smith-2011-03-04");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);

        Object problem = errorAnswers(asked -> null).error(request).getBody();

        assertThat(problem)
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .doesNotContainKey("instance")
                .containsEntry("status", 400);
        assertThat(problem.toString()).doesNotContain("Jane-Smith");
    }

    @Test
    void aContextPathIsLeftOutOfThePathRead() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mset/api/v1/triage");
        request.setContextPath("/mset");

        assertThat(RequestPaths.pathOf(request)).isEqualTo("/api/v1/triage");
    }

    private static ContainerErrorAnswers errorAnswers(OperationAddress address) {
        return new ContainerErrorAnswers(new DefaultErrorAttributes(), new ErrorProperties(), List.of(), address);
    }
}
