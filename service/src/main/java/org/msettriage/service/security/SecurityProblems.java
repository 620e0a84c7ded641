package org.msettriage.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.msettriage.service.problem.ProblemDocument;
import org.msettriage.service.problem.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as RFC 9457 problems (and 503 when a credential cannot be checked at all). Both are decided before any resource is looked up and say nothing
 * about the resource asked for, so neither reveals whether it exists. The log names the operation's
 * path pattern and the reason only: never the credential, and nothing the caller wrote into the path.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

    static final String FORBIDDEN_TITLE = "Not allowed";

    private final KnownOperations operations;
    private final FailedCredentials failures;

    SecurityProblems(KnownOperations operations, FailedCredentials failures) {
        this.operations = operations;
        this.failures = failures;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof AuthenticationServiceException) {
            // The credential could not be checked at all (the identity provider's keys could not be fetched).
            log.error(
                    "Bearer credential could not be checked for {} {}: {}",
                    request.getMethod(),
                    operations.pathForLog(request),
                    e.getClass().getSimpleName());
            ProblemDocument.write(
                    response,
                    operations.instance(request),
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    ProblemTypes.SERVER_ERROR,
                    "Service unavailable",
                    "The credential could not be checked just now; nothing was stored. Try again.");
            return;
        }
        boolean credentialRefused = e instanceof InvalidBearerTokenException;
        if (credentialRefused) {
            log.info("Bearer credential refused for {} {}", request.getMethod(), operations.pathForLog(request));
        }
        String presented = CredentialThrottle.bearer(request);
        if (presented != null) {
            // Any credential that was sent and refused counts, whatever the reason the checker gave.
            failures.failed(request.getRemoteAddr(), presented);
        }
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                credentialRefused
                        ? "Bearer realm=\"mset-triage\", error=\"invalid_token\""
                        : "Bearer realm=\"mset-triage\"");
        ProblemDocument.write(
                response,
                operations.instance(request),
                HttpServletResponse.SC_UNAUTHORIZED,
                ProblemTypes.UNAUTHENTICATED,
                "Authentication required",
                credentialRefused
                        ? "The bearer credential was not accepted: it is unknown, expired, or not signed by the"
                                + " configured identity provider."
                        : "Send 'Authorization: Bearer' with an API key or a token from the configured identity provider.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // Only an authenticated caller gets here (anyone else is asked to authenticate first), so saying
        // that nothing is served at a path tells it nothing about any stored resource.
        Set<String> served = operations.methodsAt(request);
        if (served.isEmpty()) {
            ProblemDocument.write(
                    response,
                    operations.instance(request),
                    HttpServletResponse.SC_NOT_FOUND,
                    ProblemTypes.NOT_FOUND,
                    "Not found",
                    "Nothing is served at this path; the API document lists every operation.");
            return;
        }
        if (!served.contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", served));
            ProblemDocument.write(
                    response,
                    operations.instance(request),
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    ProblemTypes.METHOD_NOT_ALLOWED,
                    "Method not allowed",
                    "This path serves " + String.join(", ", served) + " only (see the Allow header).");
            return;
        }
        log.info(
                "Access refused for {} {}: the caller {} has no owner role",
                request.getMethod(),
                operations.pathForLog(request),
                callerForLog());
        ProblemDocument.write(
                response,
                operations.instance(request),
                HttpServletResponse.SC_FORBIDDEN,
                ProblemTypes.FORBIDDEN,
                FORBIDDEN_TITLE,
                "This client's role may not use this operation.");
    }

    /** The refused caller as the record names it (its configured name or token subject), never its key. */
    private static String callerForLog() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? caller.qualifiedName()
                : "(unnamed)";
    }
}
