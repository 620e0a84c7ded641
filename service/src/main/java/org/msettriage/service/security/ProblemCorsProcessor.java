package org.msettriage.service.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, with a refused cross-origin request answered as an RFC 9457 problem like every other refusal. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    private static final byte[] PROBLEM = ("{\"type\":\"https://mset-triage.example/problems/forbidden\","
                    + "\"title\":\"Not allowed\",\"status\":403,"
                    + "\"detail\":\"Cross-origin requests from this origin are not allowed.\"}")
            .getBytes(StandardCharsets.UTF_8);

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(PROBLEM);
        response.flush();
    }
}
