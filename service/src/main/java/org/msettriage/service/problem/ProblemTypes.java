package org.msettriage.service.problem;

import java.net.URI;

/** The problem type URIs the service answers with; each names one kind of refusal. */
final class ProblemTypes {

    static final URI INVALID_REQUEST = URI.create("https://mset-triage.example/problems/invalid-request");
    static final URI NOT_FOUND = URI.create("https://mset-triage.example/problems/not-found");
    static final URI PAYLOAD_TOO_LARGE = URI.create("https://mset-triage.example/problems/payload-too-large");
    static final URI SERVER_ERROR = URI.create("https://mset-triage.example/problems/server-error");

    private ProblemTypes() {}
}
