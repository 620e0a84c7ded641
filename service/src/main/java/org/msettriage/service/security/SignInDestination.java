package org.msettriage.service.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a sign-in goes on to: the page that sent the browser to the form (a deep link from an email, a
 * bookmark), carried in the form as {@code next}. Only a path on this site under the pages' areas is
 * followed, never an address elsewhere ({@code https://…}, {@code //host}, {@code /\host}), the API, or a
 * path that escapes its area; anything else goes to the home page as before. A signed-in reader whose
 * role has no pages in that area goes home too.
 */
public final class SignInDestination {

    /** The form field (and the sign-in page's query parameter) that carries it. */
    public static final String FIELD = "next";

    private static final int MAX_LENGTH = 2000;
    private static final List<String> HOMES = List.of(
            AuditPageSecurity.HOME,
            AuditPageSecurity.RULES_HOME,
            AuditPageSecurity.PANEL_HOME,
            AuditPageSecurity.ANALYSIS_HOME);
    private static final List<String> NEVER = List.of(
            AuditPageSecurity.SIGN_IN,
            AuditPageSecurity.SIGN_OUT,
            AuditPageSecurity.REFUSED,
            AuditPageSecurity.HELD_BACK);

    private SignInDestination() {}

    /** The path and query as given, when it is one a sign-in may go on to. */
    public static Optional<String> allowed(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !next.startsWith("/")) {
            return Optional.empty();
        }
        for (char c : next.toCharArray()) {
            if (c <= ' ' || c == '\\' || c == 0x7f) {
                return Optional.empty();
            }
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getPath();
        if (uri.getScheme() != null
                || uri.getRawAuthority() != null
                || uri.getRawFragment() != null
                || path == null
                || path.contains("//")
                || path.contains("\\")
                || !uri.normalize().getPath().equals(path)
                || path.contains("/./")
                || path.contains("/../")
                || path.endsWith("/..")
                || path.endsWith("/.")
                || NEVER.contains(path)
                || area(path).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** A signed-in reader's home page: the auditors' for an auditor, else the pages of their role. */
    public static String homeOf(Caller caller) {
        return AuditorSignIn.homeOf(caller);
    }

    /** Where a reader signed in goes: the page asked for when allowed and in an area of theirs, else home. */
    static String after(Caller caller, String next) {
        return allowed(next)
                .filter(path -> area(URI.create(path).getPath())
                        .map(home -> caller.has(roleOf(home)))
                        .orElse(false))
                .orElseGet(() -> AuditorSignIn.homeOf(caller));
    }

    /**
     * The sign-in form's address for a request that needs a sign-in: with the page asked for as {@code
     * next} when it is a page read (GET) deeper than a home page, else the bare form.
     */
    static String signInFor(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return AuditPageSecurity.SIGN_IN;
        }
        String path = request.getRequestURI();
        String asked = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        if (HOMES.contains(path) || allowed(asked).isEmpty()) {
            return AuditPageSecurity.SIGN_IN;
        }
        return UriComponentsBuilder.fromPath(AuditPageSecurity.SIGN_IN)
                .queryParam(FIELD, "{next}")
                .encode(StandardCharsets.UTF_8)
                .buildAndExpand(asked)
                .toUriString();
    }

    /** The area (its home path) a path is in, if it is in one of the pages' areas. */
    private static Optional<String> area(String path) {
        return HOMES.stream()
                .filter(home -> path.equals(home) || path.startsWith(home + "/"))
                .findFirst();
    }

    /** The role whose pages an area holds. */
    private static Role roleOf(String home) {
        return switch (home) {
            case AuditPageSecurity.HOME -> Role.AUDITOR;
            case AuditPageSecurity.RULES_HOME -> Role.POLICY_LEAD;
            case AuditPageSecurity.PANEL_HOME -> Role.PANEL_COORDINATOR;
            default -> Role.ANALYST;
        };
    }
}
