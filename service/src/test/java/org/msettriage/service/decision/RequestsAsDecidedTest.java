package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        List<Decisions.StoredRequest> read = decisions.requestsAsDecided(asked);

        assertThat(read)
                .containsExactlyElementsOf(
                        asked.stream().map(decisions::requestAsDecided).toList());
        assertThat(read.get(0).json()).contains("\"referralId\":\"many-3\"");
        assertThat(decisions.requestsAsDecided(List.of())).isEmpty();
        assertThatThrownBy(() -> decisions.requestsAsDecided(List.of(ids.get(0), UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class);
    }
}
