package org.msettriage.service.security;

import java.io.IOException;
import org.msettriage.service.problem.OperationAddress;
import org.msettriage.service.problem.ProblemDocument;
import org.msettriage.service.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, with a refused cross-origin request answered as an RFC 9457 problem like every other refusal. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    /** The request being checked, for the problem's {@code instance}: {@link #rejectRequest} is given only the response. */
    private static final ThreadLocal<String> INSTANCE = new ThreadLocal<>();

    private final OperationAddress address;

    ProblemCorsProcessor(OperationAddress address) {
        this.address = address;
    }

    @Override
    protected boolean handleInternal(
            ServerHttpRequest request, ServerHttpResponse response, CorsConfiguration config, boolean preFlightRequest)
            throws IOException {
        INSTANCE.set(
                request instanceof ServletServerHttpRequest servlet ? address.of(servlet.getServletRequest()) : null);
        try {
            return super.handleInternal(request, response, config, preFlightRequest);
        } finally {
            INSTANCE.remove();
        }
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        byte[] problem = ProblemDocument.json(
                HttpStatus.FORBIDDEN.value(),
                ProblemTypes.FORBIDDEN,
                SecurityProblems.FORBIDDEN_TITLE,
                "Cross-origin requests from this origin are not allowed.",
                INSTANCE.get());
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(problem);
        response.flush();
    }
}
