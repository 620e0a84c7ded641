package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;
import org.msettriage.service.problem.InvalidParametersException;
import tools.jackson.databind.JsonNode;

/**
 * The auditor pages ask why before they open a child's decision; the API asks the same: a read by an
 * auditor without a reason in Mset-Access-Reason, or with one that shows nothing, is refused naming the
 * header, and nothing is read or logged. A case system reading a decision it asked for gives none.
 */
class AuditorReadsNeedAReasonTest extends ServiceTest {

    private static final String HEADER = "Mset-Access-Reason";

    @Test
    void aReadWithoutAReasonIsRefusedNamingTheHeaderAndNothingIsLogged() {
        String decision = triaged();
        HttpJson withoutReason = anonymous().as(DemoClients.AUDITOR);

        for (String path : new String[] {decision + "/record", decision}) {
            assertRefused(withoutReason.get(path));
            assertRefused(withoutReason.send("GET", path, Map.of(HEADER, "")));
            assertRefused(withoutReason.send("GET", path, Map.of(HEADER, "   ")));
        }

        assertThat(readsOf(decision)).isZero();
    }

    @Test
    void aReasonOfUnicodesSpacesOrWhatShowsNothingIsNoReason() {
        // No-break, em and ideographic spaces, a zero-width space, in UTF-8 as a header carries them (Java's
        // HTTP client sends only ASCII header text, so the header is read here as the controller reads it).
        assertThatThrownBy(() -> AccessLog.requiredReason(asSent("\u00a0\u2003\u3000\u200b")))
                .isInstanceOfSatisfying(
                        InvalidParametersException.class,
                        refused -> assertThat(refused.problems())
                                .singleElement()
                                .satisfies(problem ->
                                        assertThat(problem.parameter()).isEqualTo(HEADER)));
        assertThat(AccessLog.requiredReason(asSent("Complaint\u00a02026-90"))).isEqualTo("Complaint\u00a02026-90");
    }

    @Test
    void aReadWithAReasonIsAnsweredAndLoggedWithIt() {
        String decision = triaged();
        HttpJson auditor = anonymous().as(DemoClients.AUDITOR);

        assertThat(auditor.send("GET", decision + "/record", Map.of(HEADER, "Complaint 2026-90"))
                        .status())
                .isEqualTo(200);

        JsonNode log = as(DemoClients.AUDITOR)
                .get("/api/v1/audit/access-log?decisionId=" + idOf(decision))
                .json();
        assertThat(log.at("/items/0/reason").asString()).isEqualTo("Complaint 2026-90");
    }

    @Test
    void aCaseSystemReadsTheDecisionItAskedForWithoutAReason() {
        String decision = triaged();

        assertThat(http().get(decision).status()).isEqualTo(200);
    }

    /** Header text in UTF-8, as the service reads it: each byte one ISO-8859-1 character on the wire. */
    private static String asSent(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static void assertRefused(HttpJson.Answer answer) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(400);
        JsonNode error = answer.json().at("/errors/0");
        assertThat(error.path("parameter").asString()).isEqualTo(HEADER);
        assertThat(error.path("message").asString()).contains("say why you are reading");
    }

    private String triaged() {
        HttpJson.Answer created =
                http().post("/api/v1/triage", TestData.read("requests/minimal-without-assessed-at.json"));
        assertThat(created.status()).isEqualTo(201);
        return "/api/v1/decisions/" + created.json().path("decisionId").asString();
    }

    private static String idOf(String decision) {
        return decision.substring(decision.lastIndexOf('/') + 1);
    }

    private long readsOf(String decision) {
        return as(DemoClients.AUDITOR)
                .get("/api/v1/audit/access-log?decisionId=" + idOf(decision))
                .json()
                .path("totalItems")
                .asLong();
    }
}
