package org.msettriage.service.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The sign-in page's query parameter saying the reader has just signed out. */
    public static final String SIGNED_OUT = "signedOut";

    /** The sign-in page's query parameter saying a form was sent without a session, so nothing was done. */
    public static final String UNSENT = "unsent";

    private static final int MAX_LENGTH = 2000;
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
                || Area.at(path).isEmpty()
                // A page's request to keep its session, never a page to go on to.
                || Area.at(path).get().keepAlive().equals(path)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /**
     * Where a reader signed in goes: the page asked for when allowed and in an area of theirs, else their
     * own area's home. A caller with no area never gets here (the form refuses them); were one to, it would
     * be sent back to the form, as the error and refusal pages send one, not into another role's area.
     */
    static String after(Caller caller, String next) {
        return allowed(next)
                .filter(path -> Area.at(URI.create(path).getPath())
                        .map(area -> caller.has(area.role()))
                        .orElse(false))
                .orElseGet(() -> Area.of(caller).map(Area::home).orElse(AuditPageSecurity.SIGN_IN));
    }

    /**
     * The sign-in form's address for a request that needs a sign-in: with the page asked for as {@code
     * next} when it is a page read (GET); for a form sent, the page the form is on and {@value #UNSENT}.
     * A home page travels too, though a sign-in there would go home anyway: the form's title and header
     * name the area from it.
     */
    static String signInFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            // A form sent without a session (most often one that ended while the reader was typing): nothing
            // of it was done, so the form says so and the sign-in goes back to the page the form was on.
            if (allowed(path).isEmpty()) {
                return AuditPageSecurity.SIGN_IN;
            }
            return withNext()
                    .queryParam(UNSENT, "true")
                    .encode(StandardCharsets.UTF_8)
                    .buildAndExpand(pageOfForm(path, request.getParameter(FIELD)))
                    .toUriString();
        }
        String query = withoutReferences(request.getQueryString());
        String asked = query == null ? path : path + "?" + query;
        if (allowed(asked).isEmpty()) {
            return AuditPageSecurity.SIGN_IN;
        }
        return withNext().encode(StandardCharsets.UTF_8).buildAndExpand(asked).toUriString();
    }

    /**
     * The query without any reference a page is never given in its address (the searches take them in their
     * forms, and refuse them here): carried into the sign-in form's address, it would put a child's reference
     * in a second address, kept in the browser's history and proxies' logs (a data protection trial). Null
     * when nothing is left. The rest of the query is carried as sent, still percent-encoded.
     */
    static String withoutReferences(String query) {
        if (query == null) {
            return null;
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(parameter -> nameOf(parameter)
                        .filter(name -> !REFERENCES.contains(name))
                        .isPresent())
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? null : kept;
    }

    /**
     * A parameter's name as the page would read it (decoded: {@code child%52ef} is {@code childRef}), lower
     * case; empty when it cannot be decoded, and then left out, as it might be a reference.
     */
    private static Optional<String> nameOf(String parameter) {
        try {
            return Optional.of(URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8)
                    .toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** The names of the references a page address may carry a child's or a referral's in, lower case. */
    private static final Set<String> REFERENCES = Set.of("childref", "referralref", "referralid");

    private static UriComponentsBuilder withNext() {
        return UriComponentsBuilder.fromPath(AuditPageSecurity.SIGN_IN).queryParam(FIELD, "{next}");
    }

    /**
     * The page whose form is sent to this path, with the page that form was itself going on to when it
     * carries one (the purpose asked before a decision opens carries the decision): the reader, signed in
     * again, finds the form as it was asked for, not a form for nothing in particular.
     */
    static String pageOfForm(String path, String formsNext) {
        String page = pageOfForm(path);
        if (formsNext == null || allowed(formsNext).isEmpty()) {
            return page;
        }
        return UriComponentsBuilder.fromPath(page)
                .queryParam(FIELD, "{next}")
                .encode(StandardCharsets.UTF_8)
                .buildAndExpand(formsNext)
                .toUriString();
    }

    /**
     * The page whose form is sent to this path: an agenda's outcomes to the agenda, the meetings to the
     * panel's home, the shadow run's to its page, the workbench's other actions to its home; the audit
     * pages' forms are sent to their own page's path (a download's to its form's).
     */
    static String pageOfForm(String path) {
        if (path.startsWith(AuditPageSecurity.PANEL_HOME + "/meetings/") && path.endsWith("/outcomes")) {
            return path.substring(0, path.length() - "/outcomes".length());
        }
        if (path.startsWith(AuditPageSecurity.PANEL_HOME)) {
            return AuditPageSecurity.PANEL_HOME;
        }
        if (path.startsWith(AuditPageSecurity.RULES_HOME + "/shadow")) {
            return AuditPageSecurity.RULES_HOME + "/shadow";
        }
        if (path.startsWith(AuditPageSecurity.RULES_HOME)) {
            return AuditPageSecurity.RULES_HOME;
        }
        return path.endsWith(".json") ? path.substring(0, path.length() - ".json".length()) : path;
    }
}
