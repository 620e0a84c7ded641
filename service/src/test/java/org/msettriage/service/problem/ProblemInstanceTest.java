package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The {@code instance} of problems written outside MVC: the path as sent, as MVC gives it, never the
 * query; the path first asked for on the container's error dispatch; readable as a URI whatever was sent.
 */
class ProblemInstanceTest {

    @Test
    void theInstanceIsThePathWithoutItsQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/decisions");
        request.setQueryString("childRef=CH-PERSONAL-7");

        assertThat(ProblemDocument.instance(request)).isEqualTo("/api/v1/decisions");
        assertThat(ProblemDocument.pathOnly("/api/v1/decisions?childRef=CH-PERSONAL-7"))
                .isEqualTo("/api/v1/decisions");
    }

    @Test
    void onTheErrorDispatchItIsThePathFirstAskedFor() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/triage");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);

        Object problem = new ContainerErrorAnswers(new DefaultErrorAttributes(), new ErrorProperties(), List.of())
                .error(request)
                .getBody();

        assertThat(ProblemDocument.instance(request)).isEqualTo("/api/v1/triage");
        assertThat(problem)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("instance", "/api/v1/triage")
                .containsEntry("status", 500);
    }

    @Test
    void aPathThatIsNoUriIsGivenPercentEncodedSoItCanStillBeRead() {
        for (String sent : new String[] {"/api/v1/decisions/%zz", "/audit/%", "/api/v1/a b", "/api/v1/\u00e9"}) {
            String instance = ProblemDocument.pathOnly(sent);

            assertThat(URI.create(instance).getRawPath()).as(sent).isEqualTo(instance);
        }
        assertThat(ProblemDocument.pathOnly("/api/v1/decisions/%zz")).isEqualTo("/api/v1/decisions/%25zz");
        assertThat(ProblemDocument.pathOnly("/api/v1/decisions/%2e%2e")).isEqualTo("/api/v1/decisions/%2e%2e");
        assertThat(ProblemDocument.pathOnly("/api/v1/\u00e9")).isEqualTo("/api/v1/%C3%A9");
        assertThat(ProblemDocument.pathOnly("")).isNull();
    }
}
