package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.msettriage.service.web.ServiceAddress;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * The {@code instance} of a not-found problem: the operation's path as the API document writes it, its
 * variables by name ({@code /api/v1/decisions/{decisionId}/record}, the braces percent-encoded), since
 * whatever was typed for an id or a version (a child's name, say) is never repeated.
 */
final class AddressWithoutValue {

    private AddressWithoutValue() {}

    static URI of(HttpServletRequest request) {
        String pattern =
                request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String p ? p : "/";
        // Encoding the whole template keeps its slashes and names, and writes its braces as %7B and %7D.
        return URI.create(ServiceAddress.under(request, UriUtils.encodePath(pattern, "UTF-8")));
    }
}
