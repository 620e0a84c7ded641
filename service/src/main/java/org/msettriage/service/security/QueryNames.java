package org.msettriage.service.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Whether a request's address (its query string) names a parameter. The servlet's parameters mix the
 * address with the form's body, and what a form keeps secret (the credential, the form token) must not be
 * taken from an address, which browsers' histories, proxies' logs and the next site's referrer keep.
 */
final class QueryNames {

    private QueryNames() {}

    /** Whether the query string names this parameter, however its name is encoded; an unreadable one may. */
    static boolean named(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            try {
                if (URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8)
                        .equals(name)) {
                    return true;
                }
            } catch (IllegalArgumentException unreadable) {
                return true;
            }
        }
        return false;
    }
}
