package org.msettriage.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Addresses the service gives are relative, under the context path it runs at, whatever the Host header. */
class ServiceAddressTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anAddressIsUnderTheContextPathTheServiceRunsAt() {
        aCall("/mset", "/mset");

        assertThat(ServiceAddress.of("/api/v1/decisions/01a2")).hasToString("/mset/api/v1/decisions/01a2");
    }

    @Test
    void aPrefixACallerForwardedIsNotTaken() {
        // As Spring's forwarded headers filter gives the request's context path from X-Forwarded-Prefix.
        aCall("/mset", "//evil.example");

        assertThat(ServiceAddress.of("/api/v1/decisions/01a2")).hasToString("/mset/api/v1/decisions/01a2");
    }

    @Test
    void atTheRootOrOutsideARequestItIsThePathAlone() {
        assertThat(ServiceAddress.of("/api/v1/decisions/01a2")).hasToString("/api/v1/decisions/01a2");
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest("POST", "/api/v1/triage")));
        assertThat(ServiceAddress.of("/api/v1/decisions/01a2")).hasToString("/api/v1/decisions/01a2");
    }

    /**
     * A call under way to the service served at {@code servedAt}, whose request says it came under {@code
     * requestContextPath}, with a Host header a caller chose.
     */
    private static void aCall(String servedAt, String requestContextPath) {
        MockServletContext service = new MockServletContext();
        service.setContextPath(servedAt);
        MockHttpServletRequest request = new MockHttpServletRequest(service, "POST", servedAt + "/api/v1/triage");
        request.setContextPath(requestContextPath);
        request.addHeader("Host", "attacker.example");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
