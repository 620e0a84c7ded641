package org.msettriage.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.msettriage.service.problem.OperationAddress;
import org.msettriage.service.problem.ProblemDocument;
import org.msettriage.service.problem.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with Retry-After, before any credential is checked, to a request that presents one from an
 * address, or with a key prefix, that {@link FailedCredentials} holds back (a prefix not at an address where
 * a key with it has worked). Requests without a credential pass (they are asked for one as usual).
 */
final class CredentialThrottle extends OncePerRequestFilter {

    /** How a held-back request is answered, once its Retry-After header is set. */
    interface HeldBack {
        void answer(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
                throws ServletException, IOException;
    }

    /** The API's answer: a 429 problem naming the operation asked for. */
    static HeldBack problem(OperationAddress address) {
        return (request, response, retryAfterSeconds) -> ProblemDocument.write(
                response,
                address.of(request),
                429,
                ProblemTypes.TOO_MANY_FAILED_CREDENTIALS,
                "Too many refused credentials",
                "Too many credentials from this address or with this key were refused in the last minute;"
                        + " try again after Retry-After seconds.");
    }

    private final FailedCredentials failures;
    private final Function<HttpServletRequest, String> credentialOf;
    private final HeldBack heldBack;

    /**
     * {@code credentialOf}: the credential a request presents on this chain, or null; {@code heldBack}: how
     * this chain answers a request held back.
     */
    CredentialThrottle(
            FailedCredentials failures, Function<HttpServletRequest, String> credentialOf, HeldBack heldBack) {
        this.failures = failures;
        this.credentialOf = credentialOf;
        this.heldBack = heldBack;
    }

    /**
     * The API's checker, per request, noting each key it accepts at the address it came from: there a held-back
     * prefix does not hold the key's client back.
     */
    static AuthenticationManagerResolver<HttpServletRequest> notingKeysThatWork(
            AuthenticationManager credentials, FailedCredentials failures) {
        return request -> authentication -> {
            Authentication accepted = credentials.authenticate(authentication);
            if (authentication instanceof BearerTokenAuthenticationToken bearer) {
                failures.worked(request.getRemoteAddr(), bearer.getToken());
            }
            return accepted;
        };
    }

    /** The bearer credential of an API request, or null. */
    static String bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String credential = credentialOf.apply(request);
        long retryAfter = credential == null ? 0 : failures.retryAfterSeconds(request.getRemoteAddr(), credential);
        if (retryAfter > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            heldBack.answer(request, response, retryAfter);
            return;
        }
        chain.doFilter(request, response);
    }
}
