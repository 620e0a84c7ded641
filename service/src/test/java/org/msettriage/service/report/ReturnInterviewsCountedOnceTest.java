package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The analyst's trial: the worked example (three missing episodes: one interview held 33 hours after the
 * return, one refused, one not done 4 days on) posted twice about the same child. Each episode is counted
 * once: 3 due and 2 in time, not 6 and 4. Counts exact here, so the figure itself is read.
 */
@TestPropertySource(
        properties = {"test.store=return-interviews-once", "mset.reports.withheld-below=1", "mset.reports.round-to=1"})
class ReturnInterviewsCountedOnceTest extends ServiceTest {

    @Test
    void aChildReferredTwiceWithTheSameEpisodesCountsEachEpisodeOnce() {
        for (int i = 0; i < 2; i++) {
            HttpJson.Answer created = http().post("/api/v1/triage", TriageRoundTripTestReferral.json());
            assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        }

        HttpJson.Answer answer = as(DemoClients.ANALYST).get("/api/v1/reports/decisions?dateBasis=assessed");
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        JsonNode report = answer.json();

        assertThat(report.get("decisions").asLong()).isEqualTo(2);
        JsonNode interviews = report.at("/profile/returnHomeInterviews");
        assertThat(interviews.get("due").asLong()).isEqualTo(3);
        assertThat(interviews.get("offeredWithin72Hours").asLong()).isEqualTo(2);
    }
}
