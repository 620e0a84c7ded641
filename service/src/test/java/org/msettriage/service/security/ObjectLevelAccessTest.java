package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.security.TestIdentityProvider.Claims;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case system reads back only the decisions it asked for; another client's decision is "not found" to
 * it, word for word as a decision that does not exist. Auditors read any. The identity stored with each
 * decision is the API client's name or the token's subject, with how it signed in.
 */
class ObjectLevelAccessTest extends SecurityTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseSystemCannotReadAnotherCaseSystemsDecision() {
        String location = created(as(DemoClients.CASE_SYSTEM));
        HttpJson other = anonymous().as(OTHER_CASE_SYSTEM_KEY);

        assertThat(as(DemoClients.CASE_SYSTEM).get(location).status()).isEqualTo(200);
        assertNotFoundLikeANonExistentDecision(other, location);
        assertThat(as(DemoClients.AUDITOR).get(location).status()).isEqualTo(200);
    }

    @Test
    void aCaseSystemCannotGiveFeedbackOnAnotherCaseSystemsDecision() {
        String location = created(as(DemoClients.CASE_SYSTEM));
        String feedback = "{\"outcome\": \"ACCEPTED\"}";

        HttpJson.Answer refused = anonymous().as(OTHER_CASE_SYSTEM_KEY).post(location + "/feedback", feedback);
        HttpJson.Answer missing = anonymous()
                .as(OTHER_CASE_SYSTEM_KEY)
                .post("/api/v1/decisions/" + java.util.UUID.randomUUID() + "/feedback", feedback);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("type")).isEqualTo(missing.json().get("type"));
        assertThat(as(DemoClients.AUDITOR).get(location + "/record").json().get("feedback"))
                .as("nothing was kept")
                .isEmpty();
        assertThat(as(DemoClients.CASE_SYSTEM)
                        .post(location + "/feedback", feedback)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void tokenSubjectsAreClientsOfTheirOwn() {
        HttpJson east = withToken(Claims.caseSystem("crm-east"));
        HttpJson west = withToken(Claims.caseSystem("crm-west"));
        // A token whose subject is an API client's name is still not that client.
        HttpJson namesake = withToken(Claims.caseSystem(DemoClients.CASE_SYSTEM.client()));
        String location = created(east);

        assertThat(east.get(location).status()).isEqualTo(200);
        assertNotFoundLikeANonExistentDecision(west, location);
        assertNotFoundLikeANonExistentDecision(as(DemoClients.CASE_SYSTEM), location);
        assertNotFoundLikeANonExistentDecision(namesake, created(as(DemoClients.CASE_SYSTEM)));
    }

    @Test
    void theCallerIsStoredWithEveryDecision() {
        String byKey = created(as(DemoClients.CASE_SYSTEM));
        String byToken = created(withToken(Claims.caseSystem("crm-east")));

        assertThat(storedCaller(byKey)).isEqualTo("API_KEY demo-case-system");
        assertThat(storedCaller(byToken)).isEqualTo("JWT crm-east");
    }

    @Test
    void aDecisionStoredBeforeCallersWereRecordedIsForAuditorsOnly() {
        String location = created(as(DemoClients.CASE_SYSTEM));
        jdbc.sql("UPDATE decision SET caller_method = NULL, caller_name = NULL WHERE decision_id = :id")
                .param("id", idOf(location))
                .update();

        assertNotFoundLikeANonExistentDecision(as(DemoClients.CASE_SYSTEM), location);
        assertThat(as(DemoClients.AUDITOR).get(location).status()).isEqualTo(200);
    }

    private static UUID idOf(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private void assertNotFoundLikeANonExistentDecision(HttpJson caller, String location) {
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        String elsewhere = location.replace(id.toString(), UUID.randomUUID().toString());
        HttpJson.Answer theirs = caller.get(location);
        HttpJson.Answer none = caller.get(elsewhere);

        assertThat(theirs.status()).isEqualTo(404);
        assertThat(none.status()).isEqualTo(404);
        assertThat(theirs.json().get("type")).isEqualTo(none.json().get("type"));
        assertThat(theirs.json().get("title")).isEqualTo(none.json().get("title"));
        assertThat(theirs.json().get("detail").asString().replace(id.toString(), "ID"))
                .isEqualTo(none.json()
                        .get("detail")
                        .asString()
                        .replace(elsewhere.substring(elsewhere.lastIndexOf('/') + 1), "ID"));
    }

    private static String created(HttpJson caller) {
        HttpJson.Answer created = caller.post("/api/v1/triage", TriageRoundTripTestReferral.json());
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        return created.header("Location");
    }

    private String storedCaller(String location) {
        return jdbc.sql("SELECT caller_method || ' ' || caller_name FROM decision WHERE decision_id = :id")
                .param("id", UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .query(String.class)
                .single();
    }
}
