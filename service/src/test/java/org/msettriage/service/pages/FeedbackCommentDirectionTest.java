package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.triage.TriageRoundTripTestReferral;

/**
 * A feedback comment carrying a right-to-left override reads forwards on the auditor's decision page, with
 * the control named in words, while the API keeps the comment exactly as it was sent.
 */
class FeedbackCommentDirectionTest extends ServiceTest {

    private static final String COMMENT = "Risk judged \u202Ewol";

    @Test
    void anOverrideInAFeedbackCommentIsShownAsWordsOnTheDecisionPage() {
        HttpJson.Answer stored = http().post("/api/v1/triage", TriageRoundTripTestReferral.json());
        String id = stored.json().get("decisionId").asString();
        assertThat(http().post(
                                "/api/v1/decisions/" + id + "/feedback",
                                "{\"outcome\": \"ACCEPTED\", \"comment\": \"Risk judged \\u202Ewol\"}")
                        .status())
                .isEqualTo(201);
        PageClient auditor = new PageClient("http://localhost:" + port);
        auditor.signIn(DemoClients.AUDITOR.key());
        String next = "/audit/decisions/" + id;
        PageClient.Page asked = auditor.get("/audit/purpose?next=" + next);
        auditor.post(
                "/audit/purpose", Map.of("purpose", "Quarterly case audit", "next", next, "_csrf", asked.formToken()));

        PageClient.Page page = auditor.get(next);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Risk judged [direction control]wol").doesNotContain("\u202E");
        assertThat(as(DemoClients.AUDITOR)
                        .get("/api/v1/decisions/" + id + "/record")
                        .response()
                        .body())
                .contains(COMMENT);
    }
}
