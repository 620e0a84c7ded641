package org.msettriage.service.problem;

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
 * through {@link ProblemResponses}; both give the same fields, {@code instance} included: the pattern of the
 * operation asked for ({@link OperationAddress}), never the path or query as sent (which may carry personal
 * data, a child's reference).
 */
public final class ProblemDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemDocument() {}

    /** The problem's JSON, in UTF-8; no {@code instance} when it is null. */
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

    /**
     * Sets the status and content type and writes the problem as the whole body, with the instance given, or
     * none when it is null (see {@link OperationAddress}).
     */
    public static void write(
            HttpServletResponse response, String instance, int status, URI type, String title, String detail)
            throws IOException {
        write(response, instance, status, type, title, detail, List.of());
    }

    /** The same, with the contract's {@code errors} naming what was wrong. */
    static void write(
            HttpServletResponse response,
            String instance,
            int status,
            URI type,
            String title,
            String detail,
            List<Map<String, String>> errors)
            throws IOException {
        write(response, status, json(status, type, title, detail, instance, errors));
    }

    private static void write(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
