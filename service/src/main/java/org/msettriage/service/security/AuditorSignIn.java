package org.msettriage.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a reader of the pages in from the sign-in form: the credential typed there is checked exactly as
 * the API checks a bearer credential (less any spaces a paste brought along), and only a role with pages
 * is taken (one with an {@link Area}). Then the session gets a new id (so a session id planted before
 * sign-in is worth nothing), the form token is renewed, the session keeps the authentication, and the
 * browser is sent with 303 to the page it asked for before signing in (see {@link SignInDestination}) or
 * else to the reader's home page. A refusal is left on the request for the sign-in page, which shows the
 * form again. The credential is never logged nor kept.
 */
final class AuditorSignIn extends OncePerRequestFilter {

    /** The form field the credential is typed in. */
    static final String CREDENTIAL_FIELD = "credential";

    private static final Logger log = LoggerFactory.getLogger(AuditorSignIn.class);

    private final RequestMatcher signInForm =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, AuditPageSecurity.SIGN_IN);
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final AuthenticationManager credentials;
    private final SessionAuthenticationStrategy sessions;
    private final SecurityContextRepository savedContexts;
    private final RedirectStrategy redirects;
    private final FailedCredentials failures;

    AuditorSignIn(
            AuthenticationManager credentials,
            SessionAuthenticationStrategy sessions,
            SecurityContextRepository savedContexts,
            RedirectStrategy redirects,
            FailedCredentials failures) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.savedContexts = savedContexts;
        this.redirects = redirects;
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signInForm.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Authentication signingIn;
        try {
            // Two credentials in one form: which one signs in is not the form's to choose, so neither does.
            signingIn = signingIn(onlyCredential(request));
        } catch (Refused refused) {
            log.info("Sign-in to the pages refused: {}", refused.reason);
            if (refused.reason == SignInRefusal.NOT_ACCEPTED) {
                // Charged to the address it came from and the key's prefix, as the API's refusals are.
                failures.failed(request.getRemoteAddr(), onlyCredential(request));
            }
            refused.reason.recordOn(request);
            chain.doFilter(request, response);
            return;
        }
        failures.worked(request.getRemoteAddr(), onlyCredential(request));
        sessions.onAuthentication(signingIn, request, response);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(signingIn);
        contexts.setContext(context);
        savedContexts.saveContext(context, request, response);
        log.info("{} signed in to the pages", signingIn.getName());
        redirects.sendRedirect(
                request,
                response,
                SignInDestination.after(
                        (Caller) signingIn.getPrincipal(), request.getParameter(SignInDestination.FIELD)));
    }

    /**
     * The form's credential when its body gives exactly one; null otherwise. One in the address (a query
     * string) refuses the sign-in, as the API refuses {@code ?access_token=}: an address is kept in
     * browsers' histories and proxies' logs, and the key also opens the API (a security trial signed in by
     * {@code POST /audit/sign-in?credential=...}).
     */
    static String onlyCredential(HttpServletRequest request) {
        String[] given = request.getParameterValues(CREDENTIAL_FIELD);
        return given != null && given.length == 1 && !QueryNames.named(request, CREDENTIAL_FIELD) ? given[0] : null;
    }

    private Authentication signingIn(String credential) throws Refused {
        if (credential == null || credential.isBlank()) {
            throw new Refused(SignInRefusal.NOT_ACCEPTED);
        }
        Authentication authentication;
        try {
            authentication = credentials.authenticate(new BearerTokenAuthenticationToken(credential.strip()));
        } catch (AuthenticationServiceException e) {
            throw new Refused(SignInRefusal.NOT_CHECKED);
        } catch (AuthenticationException e) {
            throw new Refused(SignInRefusal.NOT_ACCEPTED);
        }
        if (!(authentication.getPrincipal() instanceof Caller caller)
                || Area.of(caller).isEmpty()) {
            throw new Refused(SignInRefusal.NO_PAGES_FOR_ROLE);
        }
        return authentication;
    }

    /** A refused sign-in; carries no message, so nothing about the credential can reach a log through it. */
    private static final class Refused extends Exception {

        private final SignInRefusal reason;

        Refused(SignInRefusal reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }
}
