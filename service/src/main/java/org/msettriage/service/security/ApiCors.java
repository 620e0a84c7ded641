package org.msettriage.service.security;

import java.util.List;
import org.msettriage.service.problem.OperationAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The API's cross-origin rules: which browser origins may call it (only those configured), and what a
 * page on such an origin may send and read, which is every method, request header and response header the
 * API document gives. A header left out here is one a browser client cannot use at all: its preflight is
 * refused, or its script reads the header as absent.
 */
final class ApiCors {

    /** The methods of the API document's operations (HEAD is a simple method and needs no preflight). */
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

    /** The request headers the API document's operations take, and the credential and body type. */
    static final List<String> REQUEST_HEADERS = List.of(
            HttpHeaders.AUTHORIZATION,
            HttpHeaders.CONTENT_TYPE,
            "Idempotency-Key",
            "Mset-Child-Ref",
            "Mset-Referral-Ref",
            "Mset-Access-Reason");

    /**
     * The response headers the API document gives that a browser hides from a script unless named
     * (Content-Type and the like it always shows): where a decision is, that a retry was answered from the
     * first call, how long to wait, a download's file name, and why a credential was refused.
     */
    static final List<String> EXPOSED_HEADERS = List.of(
            HttpHeaders.LOCATION,
            "Idempotent-Replayed",
            HttpHeaders.RETRY_AFTER,
            HttpHeaders.CONTENT_DISPOSITION,
            HttpHeaders.WWW_AUTHENTICATE);

    private ApiCors() {}

    /**
     * Cross-origin calls only from the configured origins. With none configured (the default) every
     * cross-origin request is refused, preflight included; case systems calling server to server send no
     * Origin and are unaffected. A refusal is answered as a problem ({@link ProblemCorsProcessor}).
     */
    static CorsFilter filter(List<String> allowedOrigins, OperationAddress address) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins);
        cors.setAllowedMethods(METHODS);
        cors.setAllowedHeaders(REQUEST_HEADERS);
        cors.setExposedHeaders(EXPOSED_HEADERS);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor(address));
        return filter;
    }
}
