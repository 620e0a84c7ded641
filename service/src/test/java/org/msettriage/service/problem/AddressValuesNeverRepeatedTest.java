package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;

/**
 * A slip may put a child's name and birthday in the address (where an id, a version, a parameter's value
 * or its name goes); no not-found or bad-parameter problem repeats it, in its detail, its errors or its
 * instance, as sent or percent-encoded.
 */
class AddressValuesNeverRepeatedTest extends ServiceTest {

    private static final String CANARY = "Jane Smith DOB 04.03.2011";
    private static final String IN_ADDRESS = "Jane%20Smith%20DOB%2004.03.2011";
    private static final Map<String, String> REASON = Map.of("Mset-Access-Reason", "Quarterly audit sample");

    @Test
    void aPathVariableThatIsNoIdIsNotFoundWithoutRepeatingIt() {
        assertNotFoundWithoutCanary(as(DemoClients.AUDITOR).get("/api/v1/decisions/" + IN_ADDRESS));
        assertNotFoundWithoutCanary(
                as(DemoClients.AUDITOR).send("GET", "/api/v1/decisions/" + IN_ADDRESS + "/record", REASON));
        assertNotFoundWithoutCanary(http().get("/api/v1/decisions/" + IN_ADDRESS));
        assertNotFoundWithoutCanary(
                as(DemoClients.PANEL_COORDINATOR).get("/api/v1/panel/meetings/" + IN_ADDRESS + "/agenda"));
        assertNotFoundWithoutCanary(as(DemoClients.POLICY_LEAD).get("/api/v1/rulesets/impact/" + IN_ADDRESS));
        assertNotFoundWithoutCanary(as(DemoClients.POLICY_LEAD).get("/api/v1/rulesets/proposals/" + IN_ADDRESS));
        assertNotFoundWithoutCanary(as(DemoClients.POLICY_LEAD).get("/api/v1/rulesets/" + IN_ADDRESS));
    }

    @Test
    void aPathVariableThatIsNoIdIsNamedAndItsSegmentWithheldFromTheInstance() {
        HttpJson.Answer answer =
                as(DemoClients.AUDITOR).send("GET", "/api/v1/decisions/" + IN_ADDRESS + "/record", REASON);

        assertThat(answer.json().path("detail").asString()).contains("decisionId");
        assertThat(answer.json().path("instance").asString()).isEqualTo("/api/v1/decisions/%7BdecisionId%7D/record");
    }

    @Test
    void anIdOfTheRightFormThatNamesNothingIsNotRepeatedEither() {
        String id = UUID.randomUUID().toString();

        HttpJson.Answer answer = as(DemoClients.AUDITOR).get("/api/v1/decisions/" + id);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("detail").asString()).isEqualTo("No decision stored has this id.");
        assertThat(answer.json().path("instance").asString()).isEqualTo("/api/v1/decisions/%7BdecisionId%7D");
    }

    @Test
    void aBadParameterValueOrAnInventedNameIsNotRepeated() {
        HttpJson auditor = as(DemoClients.AUDITOR);
        assertBadRequestWithoutCanary(auditor.get("/api/v1/decisions?" + IN_ADDRESS + "=1"));
        assertBadRequestWithoutCanary(auditor.get("/api/v1/decisions?decidedFrom=" + IN_ADDRESS));
        assertBadRequestWithoutCanary(auditor.get("/api/v1/decisions?page=" + IN_ADDRESS));
        assertBadRequestWithoutCanary(auditor.get("/api/v1/audit/access-log?decisionId=" + IN_ADDRESS));
        assertBadRequestWithoutCanary(
                auditor.get("/api/v1/audit/access-log?" + IN_ADDRESS + "=1&" + IN_ADDRESS + "=2"));
        assertBadRequestWithoutCanary(
                as(DemoClients.POLICY_LEAD).get("/api/v1/rulesets/shadow/differences?page=" + IN_ADDRESS));
    }

    @Test
    void aTypoInAParameterNameOfTheApisFormIsStillNamed() {
        HttpJson.Answer answer = as(DemoClients.AUDITOR).get("/api/v1/decisions?pagee=1");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("parameter").asString())
                .isEqualTo("pagee");
    }

    private static void assertNotFoundWithoutCanary(HttpJson.Answer answer) {
        assertThat(answer.status()).as(answer.response().uri().toString()).isEqualTo(404);
        assertWithoutCanary(answer);
    }

    private static void assertBadRequestWithoutCanary(HttpJson.Answer answer) {
        assertThat(answer.status()).as(answer.response().uri().toString()).isEqualTo(400);
        assertWithoutCanary(answer);
    }

    private static void assertWithoutCanary(HttpJson.Answer answer) {
        assertThat(answer.response().body())
                .as(answer.response().uri().toString())
                .doesNotContain(CANARY, IN_ADDRESS, "Jane", "Smith", "04.03.2011");
    }
}
