package org.msettriage.service.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * What the filters and resolvers that answer before (or instead of) a controller read off a request: its path
 * within the application, and whether a browser asked for it. Kept in one place so that a page and the API
 * are told apart the same way wherever a refusal is worded.
 */
public final class RequestPaths {

    private RequestPaths() {}

    /**
     * The request's path without the application's context path, as the routes are written; on the container's
     * error dispatch, the path first asked for, not the error page's.
     */
    public static String pathOf(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked
                ? asked
                : request.getRequestURI();
        return uri.startsWith(request.getContextPath())
                ? uri.substring(request.getContextPath().length())
                : uri;
    }

    /** Whether the caller accepts HTML (a browser): such a caller is answered with a page, not a problem document. */
    public static boolean asksForHtml(HttpServletRequest request) {
        return String.valueOf(request.getHeader(HttpHeaders.ACCEPT)).contains("text/html");
    }
}
