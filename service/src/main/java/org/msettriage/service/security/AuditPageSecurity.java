package org.msettriage.service.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.server.servlet.Session;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.ConcurrentSessionControlAuthenticationStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The filter chains of the pages, one for each {@link Area} (the auditors' under {@code /audit}, the
 * policy leads', the MSET coordinator's and the analysts'), ordered before the API's chain (which takes
 * every other request). Browsers cannot send bearer headers, so a reader signs in once, at the one form,
 * with the credential they use for the API, and a server-side session carries the sign-in: its cookie is
 * HttpOnly and SameSite=Strict, every form carries a token matched against a cookie of the same
 * attributes (CSRF, double submit), and only a successful sign-in ever creates a session. Each chain lets
 * in only its area's role. Pages work without script; the scripts they run (the warning before a session
 * ends, charts, printing) are the service's own, served by itself.
 */
@Configuration
public class AuditPageSecurity {

    /** Every path this chain takes; the rules workbench's chain and the API's take the rest. */
    public static final String PAGES = "/audit/**";
    /** The policy leads' pages ({@link Area#RULES}): the same sign-in, session and form tokens, their own role. */
    public static final String RULES_HOME = "/rules";
    /** The MSET coordinator's pages ({@link Area#PANEL}): the panel's meetings and agendas; the same sign-in. */
    public static final String PANEL_HOME = "/panel";
    /** The analysts' dashboard ({@link Area#ANALYSIS}): the same sign-in; it runs the service's own chart scripts. */
    public static final String ANALYSIS_HOME = "/analysis";
    /**
     * The path of the session and form-token cookies: both areas of pages share one sign-in, so the
     * cookies go to both. The API's chain is stateless and never reads them.
     */
    static final String COOKIE_PATH = "/";

    public static final String HOME = "/audit";
    public static final String SIGN_IN = "/audit/sign-in";
    public static final String SIGN_OUT = "/audit/sign-out";
    /** Where a refused form (an expired or missing form token) is shown; a forward target, status 403. */
    public static final String REFUSED = "/audit/refused";
    /** Where a sign-in held back by the credential throttle is shown; a forward target, status 429. */
    public static final String HELD_BACK = "/audit/held-back";
    /** The request attribute holding, for that page, the seconds until the address may try again. */
    public static final String HELD_BACK_SECONDS = "mset.heldBackSeconds";
    /** The stylesheet and anything else the pages load, served without sign-in. */
    public static final String ASSETS = "/audit/assets/**";
    /** The session cookie, named apart from any other application's on the same host. */
    public static final String SESSION_COOKIE = "MSET_AUDIT_SESSION";
    /** The cookie the sign-in and other forms' token is checked against (double submit). */
    public static final String FORM_TOKEN_COOKIE = "MSET_AUDIT_FORM";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /**
     * Every area's pages may run the service's own scripts (the warning before a session ends, Chart.js and
     * the charts, printing), and ask the service alone (keeping the session): no inline script, no other
     * origin.
     */
    static final String PAGES_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY + "; script-src 'self'; connect-src 'self'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain auditPages(
            HttpSecurity http,
            ApiKeys apiKeys,
            SecuritySettings settings,
            PageSettings pages,
            FailedCredentials failures,
            SessionRegistry signedIn)
            throws Exception {
        // A checker of its own, built as the API's is, so a credential means the same on both.
        BearerCredentials credentials = new BearerCredentials(apiKeys, JwtCallers.provider(settings.jwt()));
        CookieCsrfTokenRepository formTokens = formTokens(pages);
        SecurityContextRepository savedContexts = savedContexts();
        // At most a few sessions per auditor: signing in once more ends the least recently used.
        ConcurrentSessionControlAuthenticationStrategy cap =
                new ConcurrentSessionControlAuthenticationStrategy(signedIn);
        cap.setMaximumSessions(pages.maxSessionsPerAuditor());
        SessionAuthenticationStrategy onSignIn = new CompositeSessionAuthenticationStrategy(List.of(
                cap,
                new ChangeSessionIdAuthenticationStrategy(),
                new RegisterSessionAuthenticationStrategy(signedIn),
                new CsrfAuthenticationStrategy(formTokens)));
        DefaultRedirectStrategy seeOther = new DefaultRedirectStrategy();
        seeOther.setStatusCode(HttpStatus.SEE_OTHER);

        http.securityMatcher(PAGES)
                .authorizeHttpRequests(access -> {
                    access.requestMatchers(HttpMethod.GET, ASSETS).permitAll();
                    access.requestMatchers(SIGN_IN, REFUSED, HELD_BACK).permitAll();
                    access.anyRequest().hasRole(Area.AUDIT.role().name());
                })
                .addFilterAt(
                        new AuditorSignIn(credentials, onSignIn, savedContexts, seeOther, failures),
                        UsernamePasswordAuthenticationFilter.class)
                // Before the form token is looked at: an address with too many refusals waits.
                .addFilterBefore(
                        new CredentialThrottle(failures, AuditPageSecurity::signInCredential, heldBackPage()),
                        CsrfFilter.class)
                // A session ended by the cap is refused on its next request, which goes to the sign-in form.
                .addFilterBefore(endedByTheCap(signedIn, seeOther), CsrfFilter.class)
                .securityContext(context -> context.securityContextRepository(savedContexts))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                // The held-back page changes nothing and is reached by a forward of the refused sign-in, whose
                // form token is not looked at: a held-back address is not told whether its token was good.
                .csrf(csrf -> csrf.csrfTokenRepository(formTokens)
                        .csrfTokenRequestHandler(new FormTokenOutOfTheAddress())
                        .ignoringRequestMatchers(HELD_BACK))
                .logout(signOut -> signOut.logoutRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SIGN_OUT))
                        .addLogoutHandler(new CookieClearingLogoutHandler(expiredSessionCookie(pages)))
                        .logoutSuccessHandler(signedOut(seeOther)));
        return asPages(http, seeOther, PAGES_CONTENT_SECURITY_POLICY).build();
    }

    /**
     * The policy leads' rules workbench under {@code /rules}: signed in through the same form as the
     * auditor pages (which sends a policy lead here), in the same session, with the same form tokens
     * and headers; only the role differs. It makes no session of its own.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain rulesPages(HttpSecurity http, PageSettings pages, SessionRegistry signedIn) throws Exception {
        return signedInElsewhere(http, Area.RULES, PAGES_CONTENT_SECURITY_POLICY, pages, signedIn);
    }

    /**
     * The MSET coordinator's pages under {@code /panel} (policy v1.1, section 11): signed in through the
     * same form, in the same session, with the same form tokens and headers; only the role differs.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 2)
    SecurityFilterChain panelPagesChain(HttpSecurity http, PageSettings pages, SessionRegistry signedIn)
            throws Exception {
        return signedInElsewhere(http, Area.PANEL, PAGES_CONTENT_SECURITY_POLICY, pages, signedIn);
    }

    /** The analysts' dashboard under {@code /analysis}: the same sign-in and session, the analyst's role. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 3)
    SecurityFilterChain analysisPagesChain(HttpSecurity http, PageSettings pages, SessionRegistry signedIn)
            throws Exception {
        return signedInElsewhere(http, Area.ANALYSIS, PAGES_CONTENT_SECURITY_POLICY, pages, signedIn);
    }

    /**
     * The chain of one area's pages, under its home and for its role only, signed in at the auditors' form:
     * it reads that sign-in's session (and makes none of its own), checks the same form tokens, and leaves
     * signing out to the form's chain.
     */
    private static SecurityFilterChain signedInElsewhere(
            HttpSecurity http, Area area, String contentSecurityPolicy, PageSettings pages, SessionRegistry signedIn)
            throws Exception {
        DefaultRedirectStrategy seeOther = new DefaultRedirectStrategy();
        seeOther.setStatusCode(HttpStatus.SEE_OTHER);
        http.securityMatcher(area.home() + "/**")
                .authorizeHttpRequests(
                        access -> access.anyRequest().hasRole(area.role().name()))
                .addFilterBefore(endedByTheCap(signedIn, seeOther), CsrfFilter.class)
                .securityContext(context -> context.securityContextRepository(savedContexts()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.csrfTokenRepository(formTokens(pages))
                        .csrfTokenRequestHandler(new FormTokenOutOfTheAddress()))
                .logout(AbstractHttpConfigurer::disable);
        return asPages(http, seeOther, contentSecurityPolicy).build();
    }

    /** What every chain of pages shares: where a refusal goes, nothing saved or stateless, and the headers. */
    private static HttpSecurity asPages(HttpSecurity http, DefaultRedirectStrategy seeOther, String policy)
            throws Exception {
        return http.exceptionHandling(exceptions -> exceptions
                        // Not signed in: to the sign-in form, which goes on to the page asked for once signed in. The
                        // one request a script makes (keeping the session) does not follow it.
                        .authenticationEntryPoint((request, response, e) ->
                                seeOther.sendRedirect(request, response, SignInDestination.signInFor(request)))
                        .accessDeniedHandler(refusedPage()))
                // The page asked for travels in the sign-in form's address, so no request is saved (and no session
                // made for it).
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .cors(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders.withPolicy(policy));
    }

    /**
     * The form token rides in a cookie of its own (double submit), not in a session: showing the sign-in
     * form to anyone who asks must not make a session for them (issue 15: 40,000 anonymous requests left
     * 40,000 sessions). Only a successful sign-in makes one.
     */
    private static CookieCsrfTokenRepository formTokens(PageSettings pages) {
        CookieCsrfTokenRepository formTokens = new CookieCsrfTokenRepository();
        formTokens.setCookieName(FORM_TOKEN_COOKIE);
        formTokens.setCookiePath(COOKIE_PATH);
        formTokens.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).sameSite("Strict").secure(pages.secureCookie()));
        return formTokens;
    }

    private static SecurityContextRepository savedContexts() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    private static ConcurrentSessionFilter endedByTheCap(SessionRegistry signedIn, DefaultRedirectStrategy seeOther) {
        return new ConcurrentSessionFilter(
                signedIn,
                expired -> seeOther.sendRedirect(
                        expired.getRequest(),
                        expired.getResponse(),
                        // As for any request without a session: a form sent says nothing of it was done.
                        SignInDestination.signInFor(expired.getRequest())));
    }

    /** The auditors signed in, session by session, so that each may hold only a few at once. */
    @Bean
    SessionRegistry signedInAuditors() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the container ends a session (idle, signed out), so it is no longer counted. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEndings() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    /** The credential the sign-in form carries, or null for any other page request. */
    private static String signInCredential(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod()) && SIGN_IN.equals(request.getServletPath())
                ? AuditorSignIn.onlyCredential(request)
                : null;
    }

    /**
     * The servlet container's session, which only the pages' chains use: cookie only (never an id in a URL),
     * with the cookie's attributes fixed here and the two an operator sets from {@link PageSettings}.
     * It runs after Boot's own customizer, so {@code server.servlet.session.*} does not apply.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> auditSession(PageSettings settings) {
        return new AuditSessionCustomizer(settings);
    }

    private static final class AuditSessionCustomizer
            implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

        private final PageSettings settings;

        AuditSessionCustomizer(PageSettings settings) {
            this.settings = settings;
        }

        @Override
        public void customize(ConfigurableServletWebServerFactory factory) {
            Session session = new Session();
            session.setTimeout(settings.idleTimeout());
            session.setTrackingModes(EnumSet.of(Session.SessionTrackingMode.COOKIE));
            org.springframework.boot.web.server.Cookie cookie = session.getCookie();
            cookie.setName(SESSION_COOKIE);
            cookie.setPath(COOKIE_PATH);
            cookie.setHttpOnly(true);
            cookie.setSecure(settings.secureCookie());
            cookie.setSameSite(org.springframework.boot.web.server.Cookie.SameSite.STRICT);
            factory.setSession(session);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** The session cookie as sign-out sends it back: the same name and path, expired. */
    private static Cookie expiredSessionCookie(PageSettings pages) {
        Cookie cookie = new Cookie(SESSION_COOKIE, "");
        cookie.setPath(COOKIE_PATH);
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        cookie.setSecure(pages.secureCookie());
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

    private static SimpleUrlLogoutSuccessHandler signedOut(DefaultRedirectStrategy seeOther) {
        SimpleUrlLogoutSuccessHandler signedOut = new SimpleUrlLogoutSuccessHandler();
        // The form then says so: a plain sign-in form left a reader unsure that it had worked (a trial).
        signedOut.setDefaultTargetUrl(SIGN_IN + "?" + SignInDestination.SIGNED_OUT + "=true");
        signedOut.setAlwaysUseDefaultTargetUrl(true);
        signedOut.setRedirectStrategy(seeOther);
        return signedOut;
    }

    /** A sign-in held back for too many refused credentials: a page saying when to try again, status 429. */
    private static CredentialThrottle.HeldBack heldBackPage() {
        return (request, response, retryAfterSeconds) -> {
            request.setAttribute(HELD_BACK_SECONDS, retryAfterSeconds);
            request.getRequestDispatcher(HELD_BACK).forward(request, response);
        };
    }

    /** A refused form (its token missing, expired with the session, or from elsewhere): a page, status 403. */
    private static AccessDeniedHandlerImpl refusedPage() {
        AccessDeniedHandlerImpl refused = new AccessDeniedHandlerImpl();
        refused.setErrorPage(REFUSED);
        return refused;
    }
}
