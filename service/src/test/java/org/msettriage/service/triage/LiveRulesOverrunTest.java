package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.ruleset.CandidateActivation;
import org.msettriage.service.ruleset.CandidateRulesets;
import org.msettriage.service.ruleset.ImpactReplays;
import org.msettriage.service.ruleset.Referrals;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An active ruleset with a rule that never finishes on some referrals (here a seven-year-old's, which no
 * scenario, replay or shadow met): such a referral is stopped within the live budget and answered 500 with
 * nothing stored, a call that was given the stopped rules is decided on the same ruleset compiled afresh,
 * and the other referrals of a batch are stored; no core is held for as long as the service runs. Its own
 * context: it activates that ruleset, and sets a live budget of a second (the default 5 s would only be
 * waited out at each of its stops), which the first stop's time holds the service to.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=live-rules-overrun-test", "mset.rules.live-budget=1s"})
class LiveRulesOverrunTest extends ServiceTest {

    private static final String OVERRAN = "https://mset-triage.example/problems/rules-overran";
    private static final Duration LIVE_BUDGET = Duration.ofSeconds(1);

    @Autowired
    ActiveRuleset active;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Triage triage;

    @Autowired
    DecisionMapper decisions;

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    private void activateTheLoop() {
        HttpJson lead = as(DemoClients.POLICY_LEAD);
        JsonNode validation = lead.postZip(
                        "/api/v1/rulesets/validate",
                        CandidateRulesets.zip(CandidateRulesets.edited(
                                "live-loop", "missing.drl", drl -> drl + CandidateRulesets.LOOPS_FOR_A_SEVEN_YEAR_OLD)))
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

    @Test
    void aReferralTheActiveRulesNeverFinishIsRefusedAndTheRestAreDecided() throws InterruptedException {
        // Decided by the packaged ruleset, before the loop is active: an impact replay meets it at the end.
        HttpJson.Answer storedSeven = http().post("/api/v1/triage", Referrals.sevenYearOld());
        assertThat(storedSeven.status()).as(storedSeven.response().body()).isEqualTo(201);
        activateTheLoop();
        TriageEngine given = active.engine();
        long storedBefore = stored();

        assertThat(as(DemoClients.OPERATOR)
                        .get("/actuator/prometheus")
                        .response()
                        .body())
                .as("at 0 as soon as it serves, so an alert on its increase sees even a first decision stopped")
                .contains("mset_rules_overran_total{ruleset_version=\"live-loop\"} 0.0");
        assertThat(http().post("/api/v1/triage", Referrals.NO_VULNERABILITY).status())
                .isEqualTo(201);
        storedBefore++;

        long started = System.nanoTime();
        HttpJson.Answer overran = http().post("/api/v1/triage", Referrals.sevenYearOld());
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("stopped within its budget, not left running")
                .isBetween(LIVE_BUDGET, LIVE_BUDGET.multipliedBy(3));
        assertThat(overran.status()).as(overran.response().body()).isEqualTo(500);
        assertThat(overran.header("Retry-After"))
                .as("sent again, it would only stop again")
                .isNull();
        assertThat(overran.json().path("type").asString()).isEqualTo(OVERRAN);
        assertThat(overran.json().path("detail").asString())
                .startsWith("The active ruleset did not decide this referral (it took longer than 1 s), so"
                        + " nothing was stored for it.");
        assertThat(stored()).isEqualTo(storedBefore);
        assertThat(given.stopped()).isTrue();

        // A call given the stopped rules before the stop is decided on the same ruleset compiled afresh.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Triage.Outcome<TriageDecisionDto> caught = triage.decide(
                Scenario.parse("up.json", "{\"request\": " + Referrals.UP_TO_MODERATE + ", \"expected\": {}}")
                        .referral(),
                Referrals.UP_TO_MODERATE,
                given,
                now,
                new Caller(Caller.Method.API_KEY, "demo-case-system", Set.of(Role.CASE_SYSTEM)),
                null,
                decisions);
        assertThat(caught.answer().getRuleset().getVersion()).isEqualTo("live-loop");
        assertThat(active.engine())
                .isNotSameAs(given)
                .satisfies(e -> assertThat(e.stopped()).isFalse());
        assertThat(stored()).isEqualTo(storedBefore + 1);

        HttpJson.Answer batch = http().post(
                        "/api/v1/triage/batch",
                        "{\"referrals\": [" + Referrals.UP_TO_MODERATE + "," + Referrals.sevenYearOld() + ","
                                + Referrals.NO_VULNERABILITY + "]}");
        assertThat(batch.status()).as(batch.response().body()).isEqualTo(200);
        JsonNode results = batch.json();
        assertThat(results.path("stored").asInt()).isEqualTo(2);
        assertThat(results.path("failed").asInt()).isEqualTo(1);
        assertThat(results.path("results").get(1).path("status").asInt()).isEqualTo(500);
        assertThat(results.path("results").get(1).path("problem").path("type").asString())
                .isEqualTo(OVERRAN);
        assertThat(results.path("results").get(2).path("status").asInt())
                .as("decided after the stop, on the rules compiled afresh")
                .isEqualTo(201);
        assertThat(stored()).isEqualTo(storedBefore + 3);

        // Large enough to be decided on both cores, four items at a time: the items after the looping one
        // in its share meet the stopped rules and are decided again on the rules compiled afresh.
        String up = Referrals.UP_TO_MODERATE;
        String none = Referrals.NO_VULNERABILITY;
        HttpJson.Answer parallel = http().post(
                        "/api/v1/triage/batch",
                        "{\"referrals\": [" + String.join(",", Referrals.sevenYearOld(), up, none, up, none, up)
                                + "]}");
        assertThat(parallel.status()).as(parallel.response().body()).isEqualTo(200);
        assertThat(parallel.json().path("stored").asInt())
                .as(parallel.response().body())
                .isEqualTo(5);
        assertThat(parallel.json().path("failed").asInt()).isEqualTo(1);
        assertThat(parallel.json().path("results").get(0).path("status").asInt())
                .isEqualTo(500);
        assertThat(stored()).isEqualTo(storedBefore + 8);

        assertThat(as(DemoClients.OPERATOR)
                        .get("/actuator/prometheus")
                        .response()
                        .body())
                .as("one count for each referral stopped")
                .contains("mset_rules_overran_total{ruleset_version=\"live-loop\"} 3.0");

        aBatchStopsDecidingAfterItsLimitOfOverruns(storedBefore + 8);
        anImpactReplayThatStopsTheActiveRulesIsCountedAsTheirStop(
                storedSeven.json().path("decisionId").asString());
    }

    /**
     * An impact replay decides the stored seven-year-old's referral again with the active rules themselves:
     * they never finish, the replay fails naming it, and the stop counts with the live ones, so the alert
     * that tells the policy leads their active rules loop fires for it too.
     */
    private void anImpactReplayThatStopsTheActiveRulesIsCountedAsTheirStop(String sevenDecisionId)
            throws InterruptedException {
        double stopsBefore = stopsOfTheLoop();
        HttpJson lead = as(DemoClients.POLICY_LEAD);
        HttpJson.Answer validated = lead.postZip(
                "/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight("replayed-on-loop")));
        assertThat(validated.status()).as(validated.response().body()).isEqualTo(200);
        JsonNode job = ImpactReplays.replayed(lead, "replayed-on-loop");

        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.path("failure").asString())
                .startsWith("the active ruleset did not decide stored decision " + sevenDecisionId
                        + " within its budget of 1 s;");
        assertThat(stopsOfTheLoop()).isEqualTo(stopsBefore + 1);
    }

    private double stopsOfTheLoop() {
        String scrape =
                as(DemoClients.OPERATOR).get("/actuator/prometheus").response().body();
        Matcher count = Pattern.compile("mset_rules_overran_total\\{ruleset_version=\"live-loop\"} (\\S+)")
                .matcher(scrape);
        assertThat(count.find()).as(scrape).isTrue();
        return Double.parseDouble(count.group(1));
    }

    /**
     * Five referrals the rules never finish after four good ones: the good ones are stored, the rules are
     * given at most their limit (and one more per other core, begun before the limit was reached), and the
     * rest of the batch is not begun, so a batch of them holds its call for seconds, not hours.
     */
    private void aBatchStopsDecidingAfterItsLimitOfOverruns(long storedBefore) {
        String seven = Referrals.sevenYearOld();
        String up = Referrals.UP_TO_MODERATE;
        String none = Referrals.NO_VULNERABILITY;
        HttpJson.Answer batch = http().post(
                        "/api/v1/triage/batch",
                        "{\"referrals\": [" + String.join(",", up, none, up, none, seven, seven, seven, seven, seven)
                                + "]}");
        assertThat(batch.status()).as(batch.response().body()).isEqualTo(200);
        JsonNode answer = batch.json();
        assertThat(answer.path("stored").asInt()).as(batch.response().body()).isEqualTo(4);
        int failed = answer.path("failed").asInt();
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(failed)
                .as(batch.response().body())
                .isBetween(Triage.OVERRUNS_PER_BATCH, Triage.OVERRUNS_PER_BATCH + cores - 1);
        assertThat(answer.path("unavailable").asInt()).isEqualTo(5 - failed);
        // Which of them were begun depends on how the cores took them; those that were not say why (or, on
        // more cores, that another's stop met them while the rules were compiled again).
        int notBegun = 0;
        for (int i = 4; i < 9; i++) {
            JsonNode result = answer.path("results").get(i);
            assertThat(result.path("problem").path("type").asString()).isEqualTo(OVERRAN);
            assertThat(result.path("problem").path("instance").asString()).isEqualTo("/api/v1/triage/batch");
            String detail = result.path("problem").path("detail").asString();
            if (detail.startsWith("This referral was not decided: the rules overran on ")) {
                assertThat(result.path("status").asInt()).isEqualTo(503);
                assertThat(detail)
                        .contains(" of the batch's other referrals, so the service stopped deciding this batch");
                notBegun++;
            } else {
                assertThat(result.path("status").asInt()).isIn(500, 503);
            }
        }
        // On one or two cores every one not decided was not begun; each further core may begin one more.
        assertThat(notBegun).as(batch.response().body()).isGreaterThanOrEqualTo(5 - failed - Math.max(0, cores - 2));
        assertThat(stored()).isEqualTo(storedBefore + 4);
    }
}
