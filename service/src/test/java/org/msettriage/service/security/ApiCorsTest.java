package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ApiDocument;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A page on a configured origin can use the whole API: its preflight allows every header and method the
 * API document gives a request, and its script can read every header the document gives a response.
 */
class ApiCorsTest {

    private static final String ORIGIN = "https://case.example.org";

    /** Response headers a browser shows a script without being told (the CORS-safelisted ones). */
    private static final Set<String> SAFELISTED = Set.of(
            "cache-control",
            "content-language",
            "content-length",
            "content-type",
            "expires",
            "last-modified",
            "pragma");

    @Test
    void aPreflightForADecisionSearchByChildOrReferralIsAllowed() throws Exception {
        MockHttpServletResponse answer =
                preflight(ORIGIN, "GET", "/api/v1/decisions", "authorization, mset-child-ref, mset-referral-ref");

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(answer.getHeader("Access-Control-Allow-Headers"))
                .containsIgnoringCase("Mset-Child-Ref")
                .containsIgnoringCase("Mset-Referral-Ref");
    }

    @Test
    void aPreflightForATriageCallWithAnIdempotencyKeyIsAllowed() throws Exception {
        MockHttpServletResponse answer =
                preflight(ORIGIN, "POST", "/api/v1/triage", "authorization, content-type, idempotency-key");

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("Access-Control-Allow-Headers")).containsIgnoringCase("Idempotency-Key");
    }

    @Test
    void everyRequestHeaderAndMethodOfTheApiDocumentPassesAPreflight() throws Exception {
        List<String> headers = new ArrayList<>(documented(ApiDocument.read(), Documented.REQUEST_HEADERS));
        assertThat(headers).contains("Mset-Child-Ref", "Idempotency-Key");
        headers.add("Authorization");
        headers.add("Content-Type");
        Set<String> methods = new TreeSet<>();
        ApiDocument.operations().forEach(operation -> methods.add(operation.method()));

        for (String method : methods) {
            MockHttpServletResponse answer = preflight(
                    ORIGIN, method, "/api/v1/triage", String.join(", ", headers).toLowerCase());

            assertThat(answer.getStatus()).as(method).isEqualTo(200);
            assertThat(answer.getHeader("Access-Control-Allow-Methods"))
                    .as(method)
                    .contains(method);
        }
    }

    @Test
    void everyResponseHeaderOfTheApiDocumentIsShownToTheCallersScript() throws Exception {
        Set<String> headers = documented(ApiDocument.read(), Documented.RESPONSE_HEADERS);
        headers.removeIf(header -> SAFELISTED.contains(header.toLowerCase()));
        assertThat(headers).contains("Location", "Idempotent-Replayed", "Retry-After");
        MockHttpServletRequest call = new MockHttpServletRequest("POST", "/api/v1/triage");
        call.addHeader("Origin", ORIGIN);
        MockHttpServletResponse answer = new MockHttpServletResponse();

        ApiCors.filter(List.of(ORIGIN), new KnownOperations(AccessRules.OPERATIONS))
                .doFilter(call, answer, new MockFilterChain());

        assertThat(answer.getHeader("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(answer.getHeaders("Access-Control-Expose-Headers"))
                .flatMap(value -> List.of(value.split(",\\s*")))
                .containsAll(headers);
    }

    @Test
    void aPreflightFromAnOriginNotConfiguredIsRefusedAsAProblem() throws Exception {
        MockHttpServletResponse answer =
                preflight("https://evil.example", "GET", "/api/v1/decisions", "mset-child-ref");

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(answer.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(answer.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aRefusalNamesTheOperationAskedForNeverThePathSent() throws Exception {
        MockHttpServletResponse answer =
                preflight("https://evil.example", "GET", "/api/v1/decisions/Jane-Smith-2011-03-04", "mset-child-ref");

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(answer.getContentAsString())
                .contains("\"instance\":\"/api/v1/decisions/%7BdecisionId%7D\"")
                .doesNotContain("Jane-Smith");
    }

    private static MockHttpServletResponse preflight(String origin, String method, String path, String headers)
            throws Exception {
        MockHttpServletRequest preflight = new MockHttpServletRequest("OPTIONS", path);
        preflight.addHeader("Origin", origin);
        preflight.addHeader("Access-Control-Request-Method", method);
        preflight.addHeader("Access-Control-Request-Headers", headers);
        MockHttpServletResponse answer = new MockHttpServletResponse();
        FilterChain never = (request, response) -> {
            throw new AssertionError("a preflight is answered by the CORS filter, never passed on");
        };
        ApiCors.filter(
                        List.of(origin.equals(ORIGIN) ? ORIGIN : "https://other.example.org"),
                        new KnownOperations(AccessRules.OPERATIONS))
                .doFilter(preflight, answer, never);
        return answer;
    }

    private enum Documented {
        REQUEST_HEADERS,
        RESPONSE_HEADERS
    }

    /** Every header the API document names, in a parameter ({@code in: header}) or in a response's headers. */
    @SuppressWarnings("unchecked")
    private static Set<String> documented(Object node, Documented which) {
        Set<String> found = new TreeSet<>();
        if (node instanceof Map<?, ?> map) {
            if (which == Documented.REQUEST_HEADERS && "header".equals(map.get("in"))) {
                found.add((String) map.get("name"));
            }
            if (which == Documented.RESPONSE_HEADERS && map.get("headers") instanceof Map<?, ?> headers) {
                found.addAll((Set<String>) headers.keySet());
            }
            map.values().forEach(value -> found.addAll(documented(value, which)));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> found.addAll(documented(value, which)));
        }
        return found;
    }
}
