package org.msettriage.service.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Why the sign-in form was refused, left on the request for the page that shows the form again. The
 * page says the same thing for an unknown credential and for one whose role has no pages, so it
 * tells no one which clients exist; only the status differs, as it does on the API.
 */
public enum SignInRefusal {
    /** Not a key or token this service accepts (or none was typed). */
    NOT_ACCEPTED(HttpStatus.UNAUTHORIZED),
    /** A good credential, but its client holds none of the roles with pages (none with an {@link Area}). */
    NO_PAGES_FOR_ROLE(HttpStatus.FORBIDDEN),
    /** A token that could not be checked at all: the identity provider's keys were unreachable. */
    NOT_CHECKED(HttpStatus.SERVICE_UNAVAILABLE);

    private static final String ATTRIBUTE = SignInRefusal.class.getName();

    private final HttpStatus status;

    SignInRefusal(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** The refusal the sign-in filter left on this request, if it refused one. */
    public static Optional<SignInRefusal> of(HttpServletRequest request) {
        return Optional.ofNullable((SignInRefusal) request.getAttribute(ATTRIBUTE));
    }

    void recordOn(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }
}
