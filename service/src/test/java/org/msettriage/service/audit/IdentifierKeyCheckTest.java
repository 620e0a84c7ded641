package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identifier key checked on rows the service itself wrote through the API: a referral naming only a
 * vehicle, then one naming only a place of a type, each found by its names with the service's key and
 * refused with another. Its own database, so those are the newest decisions that named anyone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=identifier-key-check")
class IdentifierKeyCheckTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditKeys keys;

    @Autowired
    PersonalContent content;

    @Test
    void aVehicleOnlyReferralAndAPlaceOnlyReferralAreCheckedByTheirNames() {
        post("{\"perpetrators\": [{\"vehicle\": \"nk19 abc\", \"isAdult\": true}]}");
        assertThatCode(() -> start(keys)).doesNotThrowAnyException();
        assertThatThrownBy(() -> start(otherIdentifierKey()))
                .hasMessageStartingWith("mset.audit.identifier-key is not the key");

        UUID placeOnly = post(
                "{\"locationsOfConcern\": [{\"type\": \"HOTEL\", \"description\": \"The Station Hotel, room 4\"}]}");
        // The newest decision that named anyone names only a place: it alone must agree with the key.
        jdbc.sql("DELETE FROM decision_identifier WHERE decision_id <> :id")
                .param("id", placeOnly)
                .update();
        assertThatCode(() -> start(keys)).doesNotThrowAnyException();
        assertThatThrownBy(() -> start(otherIdentifierKey()))
                .hasMessageStartingWith("mset.audit.identifier-key is not the key");
    }

    private UUID post(String names) {
        ObjectNode referral = (ObjectNode) HttpJson.JSON.readTree(TriageRoundTripTestReferral.json());
        referral.remove("perpetrators");
        referral.remove("locationsOfConcern");
        referral.setAll((ObjectNode) HttpJson.JSON.readTree(names));
        HttpJson.Answer answer = http().post("/api/v1/triage", referral.toString());
        assertThat(answer.status()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    private void start(AuditKeys with) {
        new StoredKeysCheck(jdbc, with, content, new IdentifierHash(with));
    }

    private static AuditKeys otherIdentifierKey() {
        return new AuditKeys(
                AuditKeysTest.settings(
                        AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL, AuditKeysTest.OWN),
                new MockEnvironment());
    }
}
