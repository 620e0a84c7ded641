package org.msettriage.service.problem;

import java.net.URI;

/** The problem type URIs the service answers with; each names one kind of refusal. */
public final class ProblemTypes {

    public static final URI INVALID_REQUEST = URI.create("https://mset-triage.example/problems/invalid-request");
    public static final URI NOT_FOUND = URI.create("https://mset-triage.example/problems/not-found");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("https://mset-triage.example/problems/payload-too-large");
    public static final URI UNAUTHENTICATED = URI.create("https://mset-triage.example/problems/unauthenticated");
    public static final URI FORBIDDEN = URI.create("https://mset-triage.example/problems/forbidden");
    public static final URI CONTENT_REMOVED = URI.create("https://mset-triage.example/problems/content-removed");
    public static final URI CONTENT_UNREADABLE = URI.create("https://mset-triage.example/problems/content-unreadable");
    public static final URI RULESET_ALTERED = URI.create("https://mset-triage.example/problems/ruleset-altered");
    public static final URI CONFLICT = URI.create("https://mset-triage.example/problems/conflict");
    public static final URI INSUFFICIENT_STORAGE =
            URI.create("https://mset-triage.example/problems/insufficient-storage");
    public static final URI IDEMPOTENCY_KEY_REUSED =
            URI.create("https://mset-triage.example/problems/idempotency-key-reused");
    public static final URI TOO_MANY_FAILED_CREDENTIALS =
            URI.create("https://mset-triage.example/problems/too-many-failed-credentials");
    public static final URI STORE_UNAVAILABLE = URI.create("https://mset-triage.example/problems/store-unavailable");
    public static final URI RULES_OVERRAN = URI.create("https://mset-triage.example/problems/rules-overran");
    public static final URI SERVER_ERROR = URI.create("https://mset-triage.example/problems/server-error");

    public static final URI METHOD_NOT_ALLOWED = URI.create("https://mset-triage.example/problems/method-not-allowed");
    public static final URI NOT_ACCEPTABLE = URI.create("https://mset-triage.example/problems/not-acceptable");
    public static final URI NOT_IMPLEMENTED = URI.create("https://mset-triage.example/problems/not-implemented");
    public static final URI UNSUPPORTED_MEDIA_TYPE =
            URI.create("https://mset-triage.example/problems/unsupported-media-type");

    private ProblemTypes() {}

    /** The type of a refusal known only by its status (Spring's own, or the container's). */
    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_FAILED_CREDENTIALS;
            case 501 -> NOT_IMPLEMENTED;
            default -> status >= 500 ? SERVER_ERROR : INVALID_REQUEST;
        };
    }
}
