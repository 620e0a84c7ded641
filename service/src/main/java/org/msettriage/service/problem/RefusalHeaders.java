package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The headers the API's filter chain sends with every answer (see SecurityHeaders), for the refusals
 * made before that chain runs: the firewall's, and the container's own. Without them such an answer
 * could be cached, sniffed or framed where no other answer of the service can.
 */
final class RefusalHeaders {

    /** Each header and its value, as the API's chain sends them. */
    static final Map<String, String> VALUES = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-XSS-Protection", "0",
            "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate",
            "Pragma", "no-cache",
            "Expires", "0",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    private RefusalHeaders() {}

    static void apply(HttpServletResponse response) {
        VALUES.forEach(response::setHeader);
    }
}
