package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;
import tools.jackson.databind.JsonNode;

class TriageRoundTripTest extends ServiceTest {

    @Test
    void triagesAReferralAndStoresTheDecisionExactlyAsAnswered() {
        HttpJson.Answer created = http().post("/api/v1/triage", TriageRoundTripTestReferral.json());

        assertThat(created.status()).isEqualTo(201);
        JsonNode decision = created.json();
        assertThat(decision.get("riskLevel").asString()).isEqualTo("SIGNIFICANT");
        assertThat(decision.get("score").asInt()).isEqualTo(22);
        assertThat(decision.get("legacyRiskLevel").asString()).isEqualTo("HIGH");
        assertThat(decision.get("assessedAt").asString()).isEqualTo("2026-11-12T10:00:00Z");
        assertThat(decision.get("ruleset").get("sha256").asString()).hasSize(64);
        assertThat(decision.get("explanation").get("reasons").size()).isGreaterThan(5);
        String location = created.header("Location");
        assertThat(location)
                .endsWith("/api/v1/decisions/" + decision.get("decisionId").asString());

        HttpJson.Answer stored = http().get(location);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json()).isEqualTo(decision);
    }

    @Test
    void answersRouteActionsAndExplanationWithTheCatalogueEntries() {
        JsonNode decision = http().post("/api/v1/triage", TriageRoundTripTestReferral.json())
                .json();

        assertThat(decision.get("pathway").asString()).isEqualTo("IMMEDIATE_SAFEGUARDING");
        assertThat(decision.get("msetPanel").get("eligible").asBoolean()).isTrue();
        assertThat(decision.get("preMset").get("reasons").get(0).get("text").asString())
                .startsWith("For Pre-MSET screening:");
        assertThat(decision.get("explanation").get("summary").asString())
                .isEqualTo("Significant risk of sexual exploitation and going missing. A score of 22 gives Moderate,"
                        + " raised to Significant because a critical indicator was seen in the last 90 days."
                        + " Route: immediate safeguarding now, and the MSET panel; 9 actions are recommended.");
        JsonNode interview = action(decision, "RETURN_HOME_INTERVIEW");
        assertThat(interview.get("title").asString())
                .isEqualTo("Offer an independent return home interview within 72 hours of return");
        assertThat(interview.get("leadAgency").asString()).isEqualTo("LOCAL_AUTHORITY");
        assertThat(interview.get("timescale").asString()).isEqualTo("WITHIN_72_HOURS");
        assertThat(interview.get("dueBy").asString()).isEqualTo("2026-11-11T02:30:00Z");
        assertThat(interview.get("overdue").asBoolean()).isTrue();
        assertThat(interview.get("because").values())
                .extracting(JsonNode::asString)
                .containsExactly("MIS01");
        assertThat(interview.get("legalBasis").asString()).contains("go missing from home or care");
        assertThat(action(decision, "HOLD_STRATEGY_MEETING_BEFORE_PANEL")
                        .get("dueBy")
                        .isNull())
                .isTrue();
        assertThat(decision.get("insufficientInformation").isEmpty()).isTrue();

        JsonNode catalogue = http().get("/api/v1/actions").json();
        for (JsonNode recommended : decision.get("actions").values()) {
            JsonNode entry = catalogue.values().stream()
                    .filter(a -> a.get("code").equals(recommended.get("code")))
                    .findFirst()
                    .orElseThrow();
            assertThat(recommended.get("title")).isEqualTo(entry.get("title"));
            assertThat(recommended.get("leadAgency")).isEqualTo(entry.get("leadAgency"));
            assertThat(recommended.get("timescale")).isEqualTo(entry.get("timescale"));
        }
    }

    private static JsonNode action(JsonNode decision, String code) {
        return decision.get("actions").values().stream()
                .filter(a -> a.get("code").asString().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no action " + code + " in " + decision.get("actions")));
    }

    @Test
    void acceptsAnAssessedAtSlightlyAheadOfTheServerClock() {
        String ahead = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2).toString();
        String referral = TriageRoundTripTestReferral.json().replace("2026-11-12T10:00:00Z", ahead);

        assertThat(http().post("/api/v1/triage", referral).status()).isEqualTo(201);
    }

    @Test
    void withoutAnAssessedAtTheDecisionNamesTheRequestTimeItCountedFrom() {
        String referral = TestData.read("requests/minimal-without-assessed-at.json");
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);

        JsonNode decision = http().post("/api/v1/triage", referral).json();

        OffsetDateTime assessedAt =
                OffsetDateTime.parse(decision.get("assessedAt").asString());
        assertThat(assessedAt)
                .isAfter(before)
                .isBefore(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1));
    }

    @Test
    void acceptsTheLargestReferralThePolicyAllowsAndReturnsItIntact() {
        // 200 indicators, 500 episodes, 50 perpetrators and locations, strings of 2,000 characters (one
        // of them of emoji), a care leaver aged 25: every limit of section 9 at its edge.
        HttpJson.Answer created = http().post("/api/v1/triage", TestData.read("requests/largest-allowed.json"));

        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        assertThat(created.json().get("childRef").asString()).hasSize(4000).startsWith("\uD83D\uDE00");
        assertThat(http().get(created.header("Location")).json()).isEqualTo(created.json());
    }

    @Test
    void anUnknownDecisionIsANotFoundProblem() {
        HttpJson.Answer answer = http().get("/api/v1/decisions/00000000-0000-4000-8000-000000000000");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aDecisionIdThatIsNotAUuidIsNotFound() {
        assertThat(http().get("/api/v1/decisions/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void servesTheIndicatorAndActionCatalogues() {
        JsonNode indicators = http().get("/api/v1/indicators").json();
        JsonNode actions = http().get("/api/v1/actions").json();

        assertThat(indicators.size()).isEqualTo(61);
        assertThat(indicators.get(0).get("code").asString()).isEqualTo("CSE01");
        assertThat(indicators.get(0).get("tier").asString()).isEqualTo("C");
        assertThat(actions.size()).isEqualTo(27);
        assertThat(actions.get(0).get("leadAgency").asString()).isEqualTo("POLICE");
    }

    @Test
    void actuatorShowsHealthToAnyoneAndTheRulesetToOperatorsButNothingElse() {
        assertThat(anonymous().get("/actuator/health").json().get("status").asString())
                .isEqualTo("UP");
        assertThat(anonymous().get("/actuator/info").status()).isEqualTo(401);
        JsonNode ruleset = as(DemoClients.OPERATOR).get("/actuator/info").json().get("ruleset");
        assertThat(ruleset.get("version").asString()).isEqualTo("2026.12.2");
        assertThat(ruleset.get("sha256").asString()).hasSize(64);
        assertThat(ruleset.get("rules").asInt()).isGreaterThan(40);
        // Not exposed: nothing is served there, and anonymous callers are asked to authenticate first.
        assertThat(http().get("/actuator/env").status()).isEqualTo(404);
        assertThat(anonymous().get("/actuator/env").status()).isEqualTo(401);
    }
}
