package org.msettriage.service.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * An address of this service for a {@code Location} header or a problem's {@code instance}: a relative
 * reference (RFC 9110, section 10.2.2) under the context path the service runs at
 * ({@code server.servlet.context-path}), which is the operator's setting. Never built from the request's
 * Host header, which a caller or a proxy can set to any name: a client following it would send its key
 * there. Without the context path, a service run under {@code /mset} answered {@code Location:
 * /api/v1/decisions/...}, where nothing is served.
 */
public final class ServiceAddress {

    private ServiceAddress() {}

    /** The path (from the API document, {@code /api/v1/...}) under the current request's context path. */
    public static URI of(String path) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? URI.create(under(request.getRequest(), path))
                : URI.create(path);
    }

    /**
     * The path under the context path of the service the request reached, as text (a problem's {@code
     * instance}). The servlet context's own path, the operator's setting: not the request's, which Spring's
     * forwarded headers filter takes from X-Forwarded-Prefix, so a caller could have written
     * "//evil.example" there (a review).
     */
    public static String under(HttpServletRequest request, String path) {
        return request.getServletContext().getContextPath() + path;
    }
}
