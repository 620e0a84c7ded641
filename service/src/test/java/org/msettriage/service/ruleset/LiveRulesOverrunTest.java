package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An active ruleset with a rule that never finishes on some referrals (here a seven-year-old's, which no
 * scenario, replay or shadow met): such a call is stopped within the live budget and answered 503 with
 * nothing stored, and the service compiles the ruleset afresh and decides other referrals again, instead
 * of a core held for as long as the service runs. Its own context: it activates that ruleset.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=live-rules-overrun-test")
class LiveRulesOverrunTest extends ServiceTest {

    private static final String BATCH = "/api/v1/triage/batch";

    @Autowired
    ActiveRuleset active;

    @Autowired
    JdbcClient jdbc;

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    private void activateTheLoop() {
        HttpJson lead = as(DemoClients.POLICY_LEAD);
        JsonNode validation = lead.postZip(
                        "/api/v1/rulesets/validate",
                        CandidateRulesets.zip(CandidateRulesets.edited(
                                "live-loop",
                                "missing.drl",
                                drl -> drl + CandidateOverBudgetTest.LOOPS_FOR_A_SEVEN_YEAR_OLD)))
                .json();
        assertThat(validation.path("usable").asBoolean())
                .as(validation.toString())
                .isTrue();
        HttpJson.Answer activated = CandidateActivation.activate(
                lead,
                as(DemoClients.SECOND_POLICY_LEAD),
                "live-loop",
                "A rule that loops for a seven-year-old",
                CandidateActivation.brokenScenarios(validation));
        assertThat(activated.status()).as(activated.response().body()).isEqualTo(200);
        assertThat(active.engine().identity().version()).isEqualTo("live-loop");
    }

    private static void assertOverran(HttpJson.Answer answer, long started) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("2");
        assertThat(answer.json().path("type").asString())
                .isEqualTo("https://mset-triage.example/problems/rules-overran");
        assertThat(answer.json().path("detail").asString())
                .startsWith("The active ruleset did not decide this referral within 5 s, so nothing was stored");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("stopped within its budget, not left running")
                .isBetween(AssessmentBudget.LIVE, AssessmentBudget.LIVE.multipliedBy(3));
    }

    @Test
    void aReferralTheActiveRulesNeverFinishIsA503AndOthersAreDecidedAfter() {
        activateTheLoop();
        TriageEngine before = active.engine();
        long storedBefore = stored();

        long started = System.nanoTime();
        assertOverran(http().post("/api/v1/triage", CandidateOverBudgetTest.sevenYearOld()), started);
        assertThat(stored()).isEqualTo(storedBefore);
        assertThat(before.stopped()).isTrue();

        HttpJson.Answer next = http().post("/api/v1/triage", Referrals.UP_TO_MODERATE);
        assertThat(next.status()).as(next.response().body()).isEqualTo(201);
        assertThat(next.json().path("ruleset").path("version").asString()).isEqualTo("live-loop");
        assertThat(active.engine())
                .isNotSameAs(before)
                .satisfies(e -> assertThat(e.stopped()).isFalse());
        assertThat(stored()).isEqualTo(storedBefore + 1);

        started = System.nanoTime();
        assertOverran(
                http().post(
                                BATCH,
                                "{\"referrals\": [" + Referrals.UP_TO_MODERATE + ","
                                        + CandidateOverBudgetTest.sevenYearOld() + "]}"),
                started);
        assertThat(stored()).as("nothing of the batch").isEqualTo(storedBefore + 1);
        assertThat(http().post("/api/v1/triage", Referrals.NO_VULNERABILITY).status())
                .isEqualTo(201);
        assertThat(as(DemoClients.OPERATOR)
                        .get("/actuator/prometheus")
                        .response()
                        .body())
                .as("one count per stop, not per refused referral")
                .contains("mset_rules_overran_total{ruleset_version=\"live-loop\"} 2.0");
    }
}
