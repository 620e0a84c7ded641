package org.msettriage.service.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.ruleset.Referrals;
import tools.jackson.databind.JsonNode;

/**
 * A subject access export is the widest read of a child's records, so it answers a named request: asked
 * for without one, on the API or on the page, it is refused, and nothing is exported or logged.
 */
class SubjectAccessNeedsAReasonTest extends ServiceTest {

    private static final String API = "/api/v1/audit/subject-access";

    @Test
    void anExportAskedForWithoutAReasonIsRefusedNamingTheReason() {
        UUID id = triage("sar-no-reason-api");

        HttpJson.Answer missing = as(DemoClients.AUDITOR).post(API, "{\"childRef\": \"child-sar-no-reason-api\"}");
        HttpJson.Answer blank = as(DemoClients.AUDITOR)
                .post(API, "{\"childRef\": \"child-sar-no-reason-api\", \"reason\": \" \u200b\"}");

        for (HttpJson.Answer refused : List.of(missing, blank)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().at("/errors/0/pointer").asString()).isEqualTo("/reason");
            assertThat(refused.response().body()).doesNotContain("child-sar-no-reason-api");
            // An export is a read: refused, it looked nothing up (it had said "nothing was stored").
            assertThat(refused.json().get("detail").asString()).endsWith("; nothing was looked up.");
        }
        assertThat(subjectAccessReads(id)).as("nothing logged").isEmpty();
    }

    @Test
    void bothFieldsLeftEmptyAreNamedAtOnce() {
        // An accessibility trial was told of the second only once the first was put right.
        PageClient auditor = new PageClient("http://localhost:" + port);
        auditor.signIn(DemoClients.AUDITOR.key());

        PageClient.Page refused = auditor.post(
                "/audit/subject-access",
                Map.of("_csrf", auditor.get("/audit/subject-access").formToken(), "childRef", " ", "reason", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<title>Error: Subject access")
                .contains("<a href=\"#childRef\">Enter the child reference", "<a href=\"#reason\">Enter the request")
                .containsPattern("id=\"childRef\"[^>]*aria-describedby=\"childRef-hint childRef-error\"[^>]*"
                        + "aria-invalid=\"true\"")
                .containsPattern("id=\"reason\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void anExportWithAReasonIsLoggedWithIt() {
        UUID id = triage("sar-with-reason-api");

        HttpJson.Answer export = as(DemoClients.AUDITOR)
                .post(API, "{\"childRef\": \"child-sar-with-reason-api\", \"reason\": \"SAR 2026-301\"}");

        assertThat(export.status()).isEqualTo(200);
        assertThat(subjectAccessReads(id))
                .extracting(read -> read.get("reason").asString())
                .containsExactly("SAR 2026-301");
    }

    @Test
    void theFormWithoutAReasonIsShownAgainAsTypedWithWhatIsMissing() {
        UUID id = triage("sar-no-reason-page");
        PageClient auditor = new PageClient("http://localhost:" + port);
        auditor.signIn(DemoClients.AUDITOR.key());

        for (String page : List.of("/audit/subject-access", "/audit/subject-access.json")) {
            PageClient.Page refused = auditor.post(
                    page,
                    Map.of(
                            "_csrf", auditor.get("/audit/subject-access").formToken(),
                            "childRef", "child-sar-no-reason-page",
                            "reason", "  "));

            assertThat(refused.status()).as(page).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(page).startsWith("text/html");
            assertThat(refused.header("Content-Disposition")).as(page).isNull();
            assertThat(refused.body())
                    .as(page)
                    .contains("<a href=\"#reason\">Enter the request you are answering")
                    .containsPattern(
                            "id=\"reason\"[^>]*aria-describedby=\"reason-hint reason-error\"[^>]*aria-invalid=\"true\"")
                    .contains("<p class=\"error-message\" id=\"reason-error\">")
                    .doesNotContainPattern("id=\"childRef\"[^>]*aria-invalid")
                    .contains("value=\"child-sar-no-reason-page\"")
                    .doesNotContain("Subject access report");
        }
        assertThat(subjectAccessReads(id)).as("nothing logged").isEmpty();
    }

    private UUID triage(String child) {
        HttpJson.Answer answer =
                http().post("/api/v1/triage", Referrals.referral(child, 15, "FEMALE", "SUNDERLAND", "CSE03:CURRENT"));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    /** The subject access reads of a decision in the access log. */
    private List<JsonNode> subjectAccessReads(UUID id) {
        JsonNode log = as(DemoClients.AUDITOR)
                .get("/api/v1/audit/access-log?decisionId=" + id)
                .json();
        return log.get("items")
                .valueStream()
                .filter(item -> "SUBJECT_ACCESS".equals(item.get("channel").asString()))
                .toList();
    }
}
