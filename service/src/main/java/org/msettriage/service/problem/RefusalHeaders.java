package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers the API's filter chain sends with every answer (see SecurityHeaders), for the refusals
 * made before that chain runs: the firewall's, and the container's own. Without them such an answer
 * could be cached, sniffed or framed where no other answer of the service can.
 */
final class RefusalHeaders {

    private RefusalHeaders() {}

    static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
