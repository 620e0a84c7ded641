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
    public static final URI CONFLICT = URI.create("https://mset-triage.example/problems/conflict");
    public static final URI STORE_UNAVAILABLE = URI.create("https://mset-triage.example/problems/store-unavailable");
    public static final URI SERVER_ERROR = URI.create("https://mset-triage.example/problems/server-error");

    private ProblemTypes() {}
}
