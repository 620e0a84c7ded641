package org.msettriage.service.audit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A verification answer's problems, each as "KIND RECORD_KIND id", for tests to compare in one line. */
final class VerificationProblems {

    private VerificationProblems() {}

    static List<String> of(JsonNode verification) {
        List<String> found = new ArrayList<>();
        verification
                .get("problems")
                .forEach(p -> found.add(
                        p.get("kind").asString() + " " + p.get("recordKind").asString() + " "
                                + (p.get("decisionId").isNull()
                                        ? "null"
                                        : p.get("decisionId").asString())));
        return found;
    }
}
