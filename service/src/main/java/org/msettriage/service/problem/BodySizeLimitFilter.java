package org.msettriage.service.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the limit (1 MB by default; 32 MB for a batch of referrals) with 413: at once when Content-Length says so, and
 * while reading when a chunked body runs over, so that no oversized body is ever parsed.
 */
@Component
class BodySizeLimitFilter extends OncePerRequestFilter {

    /** The one path whose body holds many referrals, each within the single limit. */
    static final String BATCH_PATH = "/api/v1/triage/batch";

    private final long singleLimitBytes;
    private final long batchLimitBytes;
    private final OperationAddress address;

    BodySizeLimitFilter(RequestLimits limits, OperationAddress address) {
        this.singleLimitBytes = limits.maxBodyBytes();
        this.batchLimitBytes = limits.maxBatchBodyBytes();
        this.address = address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limitBytes = BATCH_PATH.equals(request.getRequestURI()) ? batchLimitBytes : singleLimitBytes;
        if (request.getContentLengthLong() > limitBytes) {
            if (fromAPage(request)) {
                // A browser shows a problem document as raw text; the error page says it in words.
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            ProblemDocument.write(
                    response,
                    address.of(request),
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    ProblemTypes.PAYLOAD_TOO_LARGE,
                    "The request body is too large",
                    "The request body is larger than " + limitBytes + " bytes");
            return;
        }
        chain.doFilter(new LimitedRequest(request, limitBytes), response);
    }

    /** A form sent from the pages (a browser asking for HTML), not a call to the API or the actuator. */
    private static boolean fromAPage(HttpServletRequest request) {
        String path = RequestPaths.pathOf(request);
        return RequestPaths.asksForHtml(request) && !path.startsWith("/api/") && !path.startsWith("/actuator");
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limitBytes;

        LimitedRequest(HttpServletRequest request, long limitBytes) {
            super(request);
            this.limitBytes = limitBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) {
                    read += n;
                    if (read > limitBytes) {
                        throw new PayloadTooLargeException(limitBytes);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
