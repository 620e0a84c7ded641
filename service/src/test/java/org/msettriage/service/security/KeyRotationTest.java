package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.triage.TriageRoundTripTestReferral;

/**
 * A case system changing its key is one client throughout: the decisions it asked for with its previous
 * key are read with its new one and the other way round, and still by no other client.
 */
class KeyRotationTest extends SecurityTest {

    @Test
    void aDecisionMadeWithThePreviousKeyIsReadWithTheNewKeyAndByNoOtherClient() {
        HttpJson previousKey = anonymous().as(ROTATING_PREVIOUS_KEY);
        HttpJson newKey = anonymous().as(ROTATING_NEW_KEY);
        String location = created(previousKey);

        HttpJson.Answer read = newKey.get(location);
        assertThat(read.status()).as(read.response().body()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(previousKey.get(location).json());
        assertThat(anonymous().as(OTHER_CASE_SYSTEM_KEY).get(location).status()).isEqualTo(404);
    }

    @Test
    void aDecisionMadeWithTheNewKeyIsReadWithThePreviousKey() {
        String location = created(anonymous().as(ROTATING_NEW_KEY));

        assertThat(anonymous().as(ROTATING_PREVIOUS_KEY).get(location).status()).isEqualTo(200);
        assertThat(anonymous().as(OTHER_CASE_SYSTEM_KEY).get(location).status()).isEqualTo(404);
    }

    private static String created(HttpJson caller) {
        HttpJson.Answer created = caller.post("/api/v1/triage", TriageRoundTripTestReferral.json());
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        return created.header("Location");
    }
}
