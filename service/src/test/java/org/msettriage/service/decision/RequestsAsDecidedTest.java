package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.beans.factory.annotation.Autowired;

/** Many stored referrals read in one go, as an impact replay reads them: each as read alone, in the order asked. */
class RequestsAsDecidedTest extends ServiceTest {

    @Autowired
    Decisions decisions;

    @Autowired
    ServiceBuild build;

    @Test
    void theReferralsComeInTheOrderOfTheIdsAskedForAsEachReadsAlone() {
        List<UUID> ids = new ArrayList<>();
        for (String id : List.of("many-1", "many-2", "many-3")) {
            HttpJson.Answer answer =
                    http().post("/api/v1/triage", Referrals.referral(id, 14, "FEMALE", "GATESHEAD", "CSE03:CURRENT"));
            assertThat(answer.status()).isEqualTo(201);
            ids.add(UUID.fromString(answer.json().get("decisionId").asString()));
        }
        List<UUID> asked = List.of(ids.get(2), ids.get(0), ids.get(1));

        List<String> read = decisions.sealedRequests(asked).stream()
                .map(decisions::open)
                .map(RequestsAsDecidedTest::text)
                .toList();

        assertThat(read)
                .containsExactlyElementsOf(asked.stream()
                        .map(decisions::requestAsDecided)
                        .map(RequestsAsDecidedTest::text)
                        .toList());
        assertThat(read.get(0)).contains("\"referralId\":\"many-3\"");
        // Each decision is kept with the build that made it, from the build-info the Maven build writes.
        assertThat(decisions.requestAsDecided(ids.get(0)).serviceBuild())
                .isEqualTo(build.id())
                .matches("[^@]+@\\d{4}-\\d{2}-\\d{2}T.+");
        assertThat(decisions.sealedRequests(List.of())).isEmpty();
        // An id no longer stored holds its place, empty, so a replay leaves that one out and goes on.
        List<Decisions.SealedRequest> withAGap = decisions.sealedRequests(List.of(ids.get(0), UUID.randomUUID()));
        assertThat(withAGap).hasSize(2);
        assertThat(withAGap.get(0).decisionId()).isEqualTo(ids.get(0));
        assertThat(withAGap.get(1)).isNull();
    }

    /** A stored request as text, to compare: the referral, the moment counted from, the answer. */
    private static String text(Decisions.StoredRequest stored) {
        return new String(stored.json(), StandardCharsets.UTF_8) + " " + stored.countedFrom() + " "
                + new String(stored.answerJson(), StandardCharsets.UTF_8) + " " + stored.serviceBuild();
    }
}
