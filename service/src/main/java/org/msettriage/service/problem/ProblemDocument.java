package org.msettriage.service.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 problem written straight to a response, for refusals made before Spring MVC's problem
 * handling is reached (in servlet filters: authentication, CORS, body size). MVC's own refusals go
 * through {@link ProblemResponses}; both give the same fields, {@code instance} included: the request's
 * path as it was sent, never its query string (which may carry personal data, a child's reference).
 */
public final class ProblemDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemDocument() {}

    /**
     * The {@code instance} of a problem answering this request, as Spring MVC fills it: the request's path
     * (its URI without the query string). On the container's error dispatch, the path first asked for,
     * not the error page's. Null when the request has none (a request line that could not be read).
     */
    public static String instance(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked
                ? pathOnly(asked)
                : pathOnly(request.getRequestURI());
    }

    /**
     * The path of a request URI, should it hold a query (it never does as the servlet API gives it), as a
     * URI reference a case system can read: what the container refused for being no URI (broken
     * percent-encoding, a control character) has those characters percent-encoded, so it is still the path
     * as sent.
     */
    static String pathOnly(String uri) {
        if (uri == null || uri.isEmpty()) {
            return null;
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        StringBuilder readable = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) && hex(path.charAt(i + 2))) {
                readable.append(c);
            } else if (c < 0x80 && c != '%' && PATH_CHARACTERS.indexOf(c) >= 0) {
                readable.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    readable.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return readable.toString();
    }

    /** RFC 3986's unreserved and sub-delims characters, ":", "@" and "/": what a path holds unencoded. */
    private static final String PATH_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/";

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    /** The problem's JSON, in UTF-8; {@code instance} from {@link #instance}. */
    public static byte[] json(int status, URI type, String title, String detail, String instance) {
        return json(status, type, title, detail, instance, List.of());
    }

    /** The problem's JSON with the contract's {@code errors}, when there are any, in UTF-8. */
    static byte[] json(
            int status, URI type, String title, String detail, String instance, List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        return JSON.writeValueAsBytes(problem);
    }

    /** Sets the status and content type and writes the problem as the whole body. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, int status, URI type, String title, String detail)
            throws IOException {
        write(request, response, status, type, title, detail, List.of());
    }

    /**
     * The same with the instance given, or none when it is null: a refusal that knows the operation asked
     * for names it by its pattern rather than the path sent, which the caller wrote as it liked.
     */
    public static void write(
            HttpServletResponse response, String instance, int status, URI type, String title, String detail)
            throws IOException {
        write(response, status, json(status, type, title, detail, instance, List.of()));
    }

    /** The same, with the contract's {@code errors} naming what was wrong. */
    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            URI type,
            String title,
            String detail,
            List<Map<String, String>> errors)
            throws IOException {
        write(response, status, json(status, type, title, detail, instance(request), errors));
    }

    private static void write(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
