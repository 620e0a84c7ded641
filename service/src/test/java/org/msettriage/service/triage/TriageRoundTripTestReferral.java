package org.msettriage.service.triage;

import java.util.UUID;
import org.msettriage.service.HttpJson;
import org.msettriage.service.TestData;
import tools.jackson.databind.node.ObjectNode;

/** The worked example referral (a 14-year-old missing three times, found with an adult in a car), as JSON. */
public final class TriageRoundTripTestReferral {

    private TriageRoundTripTestReferral() {}

    /**
     * A referral naming no one (the empty-referral scenario's), about a child of its own, for tests that
     * need a stored decision: the example names people, so the example under another child's reference
     * would link the two children and change the actions other tests sharing the service expect of it.
     */
    public static String unlinked() {
        ObjectNode referral = (ObjectNode) HttpJson.JSON
                .readTree(TestData.read("scenarios/cap-empty-referral.json"))
                .get("request");
        referral.put("childRef", "unlinked-child-" + UUID.randomUUID());
        return referral.toString();
    }

    public static String json() {
        return HttpJson.JSON
                .readTree(TestData.read("scenarios/examples-repeat-missing-found-with-adult-in-car.json"))
                .get("request")
                .toString();
    }
}
