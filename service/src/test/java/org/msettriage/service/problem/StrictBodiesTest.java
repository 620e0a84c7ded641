package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The API's bodies other than a referral are read as the contract writes them: an unknown field, a field
 * given twice, or a date with a time is a 400 naming the field, and nothing is stored.
 */
class StrictBodiesTest extends ServiceTest {

    private static final String MEETINGS = "/api/v1/panel/meetings";

    @Autowired
    JdbcClient jdbc;

    @Test
    void feedbackWithAFieldTheContractDoesNotHaveIsRefusedAndNotStored() {
        String decisionId = http().post("/api/v1/triage", TriageRoundTripTestReferral.unlinked())
                .json()
                .path("decisionId")
                .asString();
        long before = count("decision_feedback");

        HttpJson.Answer refused = http().post(
                        "/api/v1/decisions/" + decisionId + "/feedback",
                        "{\"outcome\": \"ACCEPTED\", \"comentt\": \"x\"}");

        assertInvalid(refused, "/comentt");
        assertThat(refused.json().path("errors").path(0).path("message").asString())
                .contains("not a field");
        assertThat(count("decision_feedback")).isEqualTo(before);
    }

    @Test
    void feedbackWithAFieldNamedWithMarkupIsRefusedWithoutRepeatingTheName() {
        String decisionId = http().post("/api/v1/triage", TriageRoundTripTestReferral.unlinked())
                .json()
                .path("decisionId")
                .asString();

        HttpJson.Answer refused = http().post(
                        "/api/v1/decisions/" + decisionId + "/feedback",
                        "{\"outcome\": \"ACCEPTED\", \"<i>Jane Smith</i>\": \"x\"}");

        assertInvalid(refused, "");
        assertThat(refused.json().path("errors").path(0).path("message").asString())
                .startsWith("field number 2 of this object")
                .contains("not a field");
        assertThat(refused.response().body()).doesNotContain("Jane").doesNotContain("<i>");
    }

    @Test
    void feedbackWithAnOutcomeNotAllowedIsToldTheOutcomesAllowed() {
        String decisionId = http().post("/api/v1/triage", TriageRoundTripTestReferral.unlinked())
                .json()
                .path("decisionId")
                .asString();

        HttpJson.Answer refused =
                http().post("/api/v1/decisions/" + decisionId + "/feedback", "{\"outcome\": \"accepted\"}");

        assertInvalid(refused, "/outcome");
        assertThat(refused.json().path("errors").path(0).path("message").asString())
                .isEqualTo("must be one of [ACCEPTED, OVERRIDDEN]");
    }

    @Test
    void aSubjectAccessBodyNamingTheChildTwiceIsRefused() {
        HttpJson.Answer refused = as(DemoClients.AUDITOR)
                .post(
                        "/api/v1/audit/subject-access",
                        "{\"childRef\": \"child-a\", \"childRef\": \"child-b\", \"reason\": \"request 12\"}");

        assertThat(refused.status()).as(refused.response().body()).isEqualTo(400);
        assertThat(refused.json().path("errors").path(0).path("message").asString())
                .contains("\"childRef\" is given twice");
    }

    @Test
    void jsonThatIsNotAnObjectIsSaidToBeNoObjectNotUnreadableJson() {
        // Found in a panel coordinator's trial: [] was "not valid JSON (line 1, column 1)".
        long before = count("panel_meeting");
        for (String body : new String[] {"[]", "\"x\"", "null", "42"}) {
            HttpJson.Answer refused = as(DemoClients.PANEL_COORDINATOR).post(MEETINGS, body);

            assertInvalid(refused, "");
            assertThat(refused.json().path("errors").path(0).path("message").asString())
                    .as(body)
                    .isEqualTo("the body must be a JSON object");
        }
        assertThat(count("panel_meeting")).isEqualTo(before);
    }

    @Test
    void aMeetingDayWithATimeOrOutsideTheYearsItCouldBeIsRefused() {
        long before = count("panel_meeting");
        // The partnership's today (mset.reports.zone, Europe/London by default), as the service bounds it: in
        // UTC the test failed in summer's last hour of the day, when London is already a day on (a review).
        String tooFar = LocalDate.now(ZoneId.of("Europe/London"))
                .plusYears(1)
                .plusDays(1)
                .toString();
        for (String day : new String[] {"2026-12-01T00:00:00Z", "+99999-01-01", "0001-01-01", "1999-12-31", tooFar}) {
            HttpJson.Answer refused = as(DemoClients.PANEL_COORDINATOR)
                    .post(MEETINGS, "{\"localAuthority\": \"GATESHEAD\", \"heldOn\": \"" + day + "\"}");

            assertInvalid(refused, "/heldOn");
        }
        HttpJson.Answer twice = as(DemoClients.PANEL_COORDINATOR)
                .post(
                        MEETINGS,
                        "{\"localAuthority\": \"GATESHEAD\", \"localAuthority\": \"NEWCASTLE\", \"heldOn\": \"2026-12-02\"}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(count("panel_meeting")).isEqualTo(before);

        assertThat(as(DemoClients.PANEL_COORDINATOR)
                        .post(MEETINGS, "{\"localAuthority\": \"GATESHEAD\", \"heldOn\": \"2000-01-01\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aReferralWithAnOverlongUtf8FormIsRefusedAndNotStored() {
        long before = count("decision");
        // C0 AF would be read as "/" by a lenient decoder; E0 80 AF likewise.
        byte[] referral = TriageRoundTripTestReferral.json()
                .replace("\"EX-1\"", "\"EX-@\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        int at = new String(referral, StandardCharsets.ISO_8859_1).indexOf('@');
        assertThat(at).isPositive();
        byte[] overlong = new byte[referral.length + 2];
        System.arraycopy(referral, 0, overlong, 0, at);
        overlong[at] = (byte) 0xE0;
        overlong[at + 1] = (byte) 0x80;
        overlong[at + 2] = (byte) 0xAF;
        System.arraycopy(referral, at + 1, overlong, at + 3, referral.length - at - 1);

        HttpJson.Answer refused = http().postBytes("/api/v1/triage", overlong);

        assertThat(refused.status()).as(refused.response().body()).isEqualTo(400);
        assertThat(refused.json().path("errors").path(0).path("message").asString())
                .contains("not valid UTF-8");
        assertThat(count("decision")).isEqualTo(before);
    }

    @Test
    void aReferralWithThousandsOfProblemsIsAnsweredWithTheFirstHundredAndTheirCount() {
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            unknown.append(",\"x").append(i).append("\": 1");
        }
        String referral = TriageRoundTripTestReferral.json().replaceFirst("\\}$", unknown + "}");

        HttpJson.Answer refused = http().post("/api/v1/triage", referral);
        HttpJson.Answer inABatch = http().post("/api/v1/triage/batch", "{\"referrals\": [" + referral + "]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").size()).isEqualTo(InvalidRequestException.LISTED);
        assertThat(refused.json().path("detail").asString())
                .isEqualTo("5000 problems were found (the first 100 are listed); nothing was stored.");
        assertThat(refused.response().body().length()).isLessThan(referral.length());
        var item = inABatch.json().path("results").path(0).path("problem");
        assertThat(item.path("errors").size()).isEqualTo(InvalidRequestException.LISTED);
        assertThat(item.path("detail").asString())
                .isEqualTo("5000 problems were found (the first 100 are listed); this referral was not stored.");
    }

    @Test
    void aBodyDeclaredInAnotherCharsetIsAnUnsupportedMediaTypeAndNotStored() {
        long before = count("decision");
        String latin = TriageRoundTripTestReferral.unlinked().replace("\"OTHER\"", "\"OTHER\", \"note\": \"zoë\"");
        assertThat(latin).contains("zoë");

        // A charset Java does not know is refused by Spring as it reads the header: 415 too.
        for (String charset : new String[] {"ISO-8859-1", "utf-16", "no-such-charset"}) {
            HttpJson.Answer refused = http().post(
                            "/api/v1/triage", latin, Map.of("Content-Type", "application/json; charset=" + charset));

            assertThat(refused.status()).as(charset).isEqualTo(415);
            assertThat(refused.json().path("type").asString()).endsWith("/problems/unsupported-media-type");
            if (!charset.startsWith("no-such")) {
                assertThat(refused.json().path("detail").asString()).contains("UTF-8 only");
            }
        }
        assertThat(count("decision")).isEqualTo(before);
        // UTF-8 however written, US-ASCII (its first half), and a body of ASCII bytes only in a charset that
        // reads them alike: each is read as it always was.
        for (String charset : new String[] {"utf-8", "UTF8", "\"UTF-8\"", "US-ASCII", "ISO-8859-1"}) {
            assertThat(http().post(
                                    "/api/v1/triage",
                                    TriageRoundTripTestReferral.unlinked(),
                                    Map.of("Content-Type", "application/json; charset=" + charset))
                            .status())
                    .as(charset)
                    .isEqualTo(201);
        }
    }

    private static void assertInvalid(HttpJson.Answer refused, String pointer) {
        assertThat(refused.status()).as(refused.response().body()).isEqualTo(400);
        assertThat(refused.json().path("type").asString()).endsWith("/problems/invalid-request");
        assertThat(refused.json().path("errors").path(0).path("pointer").asString())
                .as(refused.response().body())
                .isEqualTo(pointer);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
