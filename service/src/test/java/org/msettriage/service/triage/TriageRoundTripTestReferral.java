package org.msettriage.service.triage;

import org.msettriage.service.HttpJson;
import org.msettriage.service.TestData;

/** The worked example referral (a 14-year-old missing three times, found with an adult in a car), as JSON. */
public final class TriageRoundTripTestReferral {

    private TriageRoundTripTestReferral() {}

    public static String json() {
        return HttpJson.JSON
                .readTree(TestData.read("scenarios/examples-repeat-missing-found-with-adult-in-car.json"))
                .get("request")
                .toString();
    }
}
