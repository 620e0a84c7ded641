package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall, which refuses a path with an encoded separator, dot segment or
 * control character, and besides it what would otherwise pass unread: a query string whose
 * percent-encoding is broken (only an operation that reads its parameters would have noticed, so a
 * triage call with one was decided and stored), a method the service implements nowhere, and a second
 * Authorization, child or referral reference, access reason or idempotency key header. Each refusal
 * is its own exception, so {@link ContainerProblems} can say which it was.
 */
final class RequestFirewall extends StrictHttpFirewall {

    /**
     * The methods HTTP defines for resources like these (StrictHttpFirewall's own list): a path that does
     * not serve one answers 405 with those it does. Any other method is implemented nowhere (501).
     */
    static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** The 501 problem's words for a method no operation is served with, wherever it is refused. */
    static final String UNKNOWN_METHOD_TITLE = "The method is not implemented";

    static final String UNKNOWN_METHOD_DETAIL = "No operation of this service is served with this request's method.";

    RequestFirewall() {
        setAllowedHttpMethods(KNOWN_METHODS);
        // A value sent as UTF-8 is judged by its characters, not by the bytes Tomcat reads one by one:
        // "’" is E2 80 99, and 80 and 99 read alone are control characters.
        setAllowedHeaderValues(value -> HeaderText.readable(HeaderText.decode(value)));
    }

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        if (!KNOWN_METHODS.contains(request.getMethod())) {
            throw new UnknownMethod();
        }
        for (String header : SINGLE_VALUED) {
            if (Collections.list(request.getHeaders(header)).size() > 1) {
                throw new RepeatedHeader(header);
            }
        }
        String query = request.getQueryString();
        if (query != null && !wellEncoded(query)) {
            throw new MalformedQuery();
        }
        return super.getFirewalledRequest(request);
    }

    /** Whether every % in the text is followed by two hexadecimal digits. */
    static boolean wellEncoded(String text) {
        for (int at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
            if (at + 2 >= text.length()
                    || Character.digit(text.charAt(at + 1), 16) < 0
                    || Character.digit(text.charAt(at + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A method no operation or page is served with. Its message never repeats the request. */
    static final class UnknownMethod extends RequestRejectedException {
        UnknownMethod() {
            super("The request's method is not one the service implements");
        }
    }

    /**
     * Headers that name one thing. Given twice, Authorization's first was used and the rest ignored (the
     * answer depended on their order), and Spring joins the others with a comma: "Mset-Child-Ref: p" and
     * "Mset-Child-Ref: q" searched for the child "p,q".
     */
    static final List<String> SINGLE_VALUED = List.of(
            HttpHeaders.AUTHORIZATION, "Mset-Child-Ref", "Mset-Referral-Ref", "Mset-Access-Reason", "Idempotency-Key");

    /** A header of {@link #SINGLE_VALUED} given more than once. Its message names the header, never a value. */
    static final class RepeatedHeader extends RequestRejectedException {

        private final String header;

        RepeatedHeader(String header) {
            super("The request carries more than one " + header + " header");
            this.header = header;
        }

        String header() {
            return header;
        }
    }

    // Spring Security's own wording when a header is refused: "...because the header name "X" is not
    // allowed", or "...because the header: "X " has a value "..." that is not allowed". Only the name is
    // ever taken from it: the value may be personal data.
    private static final String REFUSED_HEADER_WORDS = "because the header";
    private static final Pattern REFUSED_HEADER_NAME = Pattern.compile("header: \"([A-Za-z0-9!#$%&'*+.^_`|~-]+) ?\"");

    /** Whether the firewall refused a header's name or value (not the path, query or method). */
    static boolean refusedAHeader(RequestRejectedException rejected) {
        return String.valueOf(rejected.getMessage()).contains(REFUSED_HEADER_WORDS);
    }

    /** The name of the header whose value the firewall refused; empty when the refusal names none. */
    static String refusedHeaderName(RequestRejectedException rejected) {
        Matcher named = REFUSED_HEADER_NAME.matcher(String.valueOf(rejected.getMessage()));
        return named.find() ? named.group(1) : "";
    }

    /** A query string whose percent-encoding is broken. Its message never repeats the request. */
    static final class MalformedQuery extends RequestRejectedException {
        MalformedQuery() {
            super("The request's query string is not valid percent-encoded text");
        }
    }
}
