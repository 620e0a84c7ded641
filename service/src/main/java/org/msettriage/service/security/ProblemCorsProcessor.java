package org.msettriage.service.security;

import java.io.IOException;
import org.msettriage.service.problem.ProblemDocument;
import org.msettriage.service.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, with a refused cross-origin request answered as an RFC 9457 problem like every other refusal. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    private static final byte[] PROBLEM = ProblemDocument.json(
            HttpStatus.FORBIDDEN.value(),
            ProblemTypes.FORBIDDEN,
            SecurityProblems.FORBIDDEN_TITLE,
            "Cross-origin requests from this origin are not allowed.");

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(PROBLEM);
        response.flush();
    }
}
