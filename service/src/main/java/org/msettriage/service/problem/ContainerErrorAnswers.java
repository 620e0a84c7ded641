package org.msettriage.service.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the container's error dispatch answers (a TRACE refused by Tomcat, a fault escaping a filter):
 * Boot's error controller, whose page browsers still get (templates/error.html), but which answers
 * everyone else with an RFC 9457 problem of the contract's shape, typed by status, and the headers
 * every other answer carries, instead of Boot's own JSON.
 */
class ContainerErrorAnswers extends BasicErrorController {

    private final OperationAddress address;

    ContainerErrorAnswers(
            ErrorAttributes attributes,
            ErrorProperties properties,
            List<ErrorViewResolver> resolvers,
            OperationAddress address) {
        super(attributes, properties, resolvers);
        this.address = address;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.forStatus(status.value()).toString());
        problem.put("title", status.is5xxServerError() ? "Server error" : "The request could not be answered");
        problem.put("status", status.value());
        problem.put(
                "detail",
                status.is5xxServerError()
                        ? "The service could not answer; nothing was stored for this request."
                        : "The server refused the request before reading it.");
        // The operation first asked for, as every other problem names it: never the error page's, nor a query.
        String instance = address.of(request);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return ResponseEntity.status(status)
                .headers(headers -> RefusalHeaders.VALUES.forEach(headers::set))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
