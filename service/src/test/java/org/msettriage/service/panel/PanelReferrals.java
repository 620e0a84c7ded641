package org.msettriage.service.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.msettriage.service.HttpJson;
import tools.jackson.databind.JsonNode;

/** Referrals a case system posts in the panel's tests, and the meetings a coordinator sets up. */
final class PanelReferrals {

    private PanelReferrals() {}

    record Decided(UUID id) {}

    static Decided decide(
            HttpJson caseSystem, String localAuthority, String childRef, OffsetDateTime assessedAt, String rest) {
        String body = """
                {"referralId": "REF-%s", "childRef": "%s", "localAuthority": "%s", "referringAgency": "EDUCATION",
                 "assessedAt": "%s", %s}
                """.formatted(token(), childRef, localAuthority, assessedAt, rest);
        HttpJson.Answer answer = caseSystem.post("/api/v1/triage", body);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return new Decided(UUID.fromString(answer.json().get("decisionId").asString()));
    }

    static HttpJson.Answer created(HttpJson coordinator, String localAuthority, LocalDate heldOn) {
        HttpJson.Answer created = coordinator.post("/api/v1/panel/meetings", meeting(localAuthority, heldOn));
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        return created;
    }

    /** The agenda's address of a meeting set up for this test. */
    static String agendaOf(HttpJson coordinator, String localAuthority, LocalDate heldOn) {
        return created(coordinator, localAuthority, heldOn).header("Location");
    }

    /** The outcomes' address of the meeting whose agenda is at this address. */
    static String outcomes(String agenda) {
        return agenda.replace("/agenda", "/outcomes");
    }

    /** An outcome recorded through the API at the meeting of this agenda, as it was answered. */
    static JsonNode recorded(HttpJson coordinator, String agenda, String body) {
        HttpJson.Answer answer = coordinator.post(outcomes(agenda), body);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return answer.json();
    }

    static String meeting(String localAuthority, LocalDate heldOn) {
        return "{\"localAuthority\": \"" + localAuthority + "\", \"heldOn\": \"" + heldOn + "\"}";
    }

    /** Moderate and panel eligible: a sign of sexual exploitation and an adult named. */
    static String moderateNaming(String nickname) {
        return """
                "child": {"ageYears": 15, "gender": "FEMALE", "careStatus": "CHILD_IN_NEED"},
                "indicators": [{"code": "CSE02", "recency": "CURRENT"}],
                "perpetrators": [{"nickname": %s, "isAdult": true}]
                """.formatted(HttpJson.JSON.writeValueAsString(nickname));
    }

    /** Significant and panel eligible on its level. */
    static String significant() {
        return """
                "child": {"ageYears": 14, "gender": "MALE", "careStatus": "CHILD_IN_NEED"},
                "indicators": [{"code": "CSE01", "recency": "CURRENT"}, {"code": "CSE02", "recency": "CURRENT"},
                               {"code": "CSE03", "recency": "CURRENT"}, {"code": "CSE05", "recency": "CURRENT"}]
                """;
    }

    /** No concern at all: not for the panel. */
    static String nothingOfConcern() {
        return "\"child\": {\"ageYears\": 15, \"gender\": \"FEMALE\", \"careStatus\": \"CHILD_IN_NEED\"}";
    }

    static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
