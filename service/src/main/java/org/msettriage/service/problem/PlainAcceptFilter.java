package org.msettriage.service.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the Accept header as the service can answer it: each media range by its type and weight alone.
 *
 * <p>Every answer is UTF-8 (JSON has no other charset, RFC 8259), so a range's charset or other
 * parameters can only stop Spring writing it: {@code Accept: application/json;charset=ISO-8859-1} found
 * no writer, and a triage call asking so had its decision stored and was then answered 500. Without its
 * parameters the range is the type the service answers in, as it is. An Accept that cannot be read at all
 * ({@code Accept: garbage}) is disregarded, as RFC 9110 (section 12.5.1) allows, rather than answered with
 * an empty 406: the caller gets the operation's own type.
 *
 * <p>First of all filters, so that the security chain's refusals and the pages read it the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlainAcceptFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> sent = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (sent.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String plain = plain(sent);
        if (plain != null && sent.size() == 1 && plain.equals(sent.get(0))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new AcceptRead(request, plain), response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // The container's error answers negotiate too.
        return false;
    }

    /** The ranges with their weights and no other parameter, or null when the header cannot be read. */
    static String plain(List<String> sent) {
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(sent);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
        if (ranges.isEmpty()) {
            return null;
        }
        return ranges.stream().map(PlainAcceptFilter::withWeightOnly).collect(Collectors.joining(", "));
    }

    private static String withWeightOnly(MediaType range) {
        double weight = range.getQualityValue();
        MediaType plain = weight == 1.0
                ? new MediaType(range.getType(), range.getSubtype())
                : new MediaType(range.getType(), range.getSubtype(), Map.of("q", Double.toString(weight)));
        return plain.toString();
    }

    /** The request with its Accept header as read: plain ranges, or none. */
    private static final class AcceptRead extends HttpServletRequestWrapper {

        private final String accept;

        AcceptRead(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(accept == null ? List.of() : List.of(accept));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            if (accept == null) {
                names.removeIf(HttpHeaders.ACCEPT::equalsIgnoreCase);
            }
            return Collections.enumeration(names);
        }
    }
}
