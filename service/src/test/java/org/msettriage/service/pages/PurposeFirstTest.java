package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.triage.TriageRoundTripTestReferral;

/**
 * No spelling of a decision's address the page accepts opens it before the auditor says why: the page
 * parses ids leniently (a percent-encoded digit, a dropped leading zero), and so does the question.
 */
class PurposeFirstTest extends ServiceTest {

    @Test
    void everySpellingOfADecisionsAddressAsksWhyFirst() {
        HttpJson.Answer stored = http().post("/api/v1/triage", TriageRoundTripTestReferral.json());
        assertThat(stored.status()).isEqualTo(201);
        String id = stored.json().get("decisionId").asString();
        assertThat(id).startsWith("0");
        PageClient auditor = new PageClient("http://localhost:" + port);
        auditor.signIn(DemoClients.AUDITOR.key());

        for (String spelling :
                new String[] {id, "%30" + id.substring(1), id.substring(1), id.toUpperCase(java.util.Locale.ROOT)}) {
            PageClient.Page page = auditor.get("/audit/decisions/" + spelling);
            assertThat(page.status()).as(spelling).isEqualTo(303);
            assertThat(page.header("Location"))
                    .as(spelling)
                    .isEqualTo("/audit/purpose?next=/audit/decisions/" + UUID.fromString(id));
        }
    }
}
