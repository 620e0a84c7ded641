package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.AssessmentBudget;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.links.Intelligence;
import org.msettriage.rules.referral.Referral;
import org.msettriage.rules.scenario.Scenario;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.shadow.ShadowRunner;
import org.msettriage.service.shadow.ShadowState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * A candidate that passes validation but never finishes deciding some real referral (here a rule that
 * fires itself again for a seven-year-old, as no scenario has): an impact replay that meets one fails,
 * naming it, and a shadow that meets one stops, saying why; either way the stopped candidate is compiled
 * again before it is used. Its own context: the shadow and the replay take every stored decision, and a
 * candidate's budget is a second (the default 5 s would only be waited out), which the messages pin.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=candidate-over-budget-test", "mset.rules.candidate-budget=1s"})
class CandidateOverBudgetTest extends ServiceTest {

    @Autowired
    ShadowRunner shadowRunner;

    @Autowired
    ShadowState shadows;

    @Autowired
    CandidateEngines candidates;

    @Autowired
    RulesetActivation activation;

    private TriageEngine kept(String version) {
        return candidates.engineFor(activation.kept(version));
    }

    private HttpJson validated(String version) {
        HttpJson lead = as(DemoClients.POLICY_LEAD);
        HttpJson.Answer validation = lead.postZip(
                "/api/v1/rulesets/validate",
                CandidateRulesets.zip(CandidateRulesets.edited(
                        version, "missing.drl", drl -> drl + CandidateRulesets.LOOPS_FOR_A_SEVEN_YEAR_OLD)));
        assertThat(validation.status()).as(validation.response().body()).isEqualTo(200);
        return lead;
    }

    /** The candidate validated and started in shadow; its policy lead. */
    private HttpJson shadowed(String version) {
        HttpJson lead = validated(version);
        assertThat(lead.put("/api/v1/rulesets/shadow", "{\"version\": \"" + version + "\"}")
                        .status())
                .isEqualTo(200);
        return lead;
    }

    @Test
    void anImpactReplayThatMeetsSuchAReferralFailsNamingIt() throws InterruptedException {
        assertThat(Referrals.sevenYearOld()).contains("\"ageYears\": 7");
        JsonNode stored =
                http().post("/api/v1/triage", Referrals.sevenYearOld()).json();
        HttpJson lead = validated("over-budget-impact");
        TriageEngine beforeReplay = kept("over-budget-impact");

        JsonNode job = ImpactReplays.replayed(lead, "over-budget-impact");

        assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.path("failure").asString())
                .isEqualTo("the candidate did not decide stored decision "
                        + stored.path("decisionId").asString()
                        + " within its budget of 1 s; live, such a ruleset holds a triage call as long and"
                        + " refuses it, so correct the rule that never finishes");
        assertThat(beforeReplay.stopped()).isTrue();
        assertThat(kept("over-budget-impact"))
                .as("compiled again, not the stopped one")
                .isNotSameAs(beforeReplay)
                .satisfies(engine -> assertThat(engine.stopped()).isFalse());
    }

    @Test
    void aShadowThatMeetsSuchAReferralStopsAndSaysWhy() throws InterruptedException {
        HttpJson lead = shadowed("over-budget-shadow");

        JsonNode stored =
                http().post("/api/v1/triage", Referrals.sevenYearOld()).json();
        assertThat(stored.path("riskLevel").asString())
                .as("live triage is the serving ruleset's")
                .isNotEmpty();
        assertThat(shadowRunner.drain(30_000)).isTrue();

        JsonNode run = lead.get("/api/v1/rulesets/shadow/differences?version=over-budget-shadow")
                .json();
        String why = "the candidate did not decide live decision "
                + stored.path("decisionId").asString()
                + " within its budget (it took longer than 1 s); once active, such a ruleset would hold a"
                + " triage call as long";
        assertThat(run.path("running").asBoolean()).isFalse();
        assertThat(run.path("stoppedBecause").asString()).isEqualTo(why);
        assertThat(lead.get("/api/v1/rulesets/shadow/differences")
                        .json()
                        .path("running")
                        .asBoolean())
                .as("no shadow runs now")
                .isFalse();
        assertThat(kept("over-budget-shadow").stopped()).isFalse();

        PageClient browser = new PageClient("http://localhost:" + port);
        assertThat(browser.signIn(DemoClients.POLICY_LEAD.key()).status()).isEqualTo(303);
        assertThat(browser.get("/rules/shadow?version=over-budget-shadow").body())
                .contains("No: stopped by the service")
                .contains("The service stopped this run: " + why + ".");

        assertThat(lead.put("/api/v1/rulesets/shadow", "{\"version\": \"over-budget-shadow\"}")
                        .json()
                        .has("stoppedBecause"))
                .as("started again, the reason is cleared")
                .isFalse();
        assertThat(lead.send("DELETE", "/api/v1/rulesets/shadow", Map.of()).status())
                .isEqualTo(204);
    }

    @Test
    void aShadowWhoseCandidateWasStoppedElsewhereComparesOnTheCandidateCompiledAgain() throws InterruptedException {
        HttpJson lead = shadowed("stopped-elsewhere-shadow");
        TriageEngine shadowing = kept("stopped-elsewhere-shadow");
        assertThat(shadows.current()).as("the engine the shadow runs").containsSame(shadowing);
        // Stopped by a decision outside the shadow, as an impact replay of the same candidate would stop it.
        Referral seven = Scenario.parse(
                        "seven.json", "{\"request\": " + Referrals.sevenYearOld() + ", \"expected\": {}}")
                .referral()
                .withDefaults(OffsetDateTime.now(ZoneOffset.UTC));
        assertThatThrownBy(() -> shadowing.assessWithin(Duration.ofMillis(300), seven, Intelligence.NONE))
                .isInstanceOf(AssessmentBudget.Exceeded.class);
        assertThat(shadowing.stopped()).isTrue();

        assertThat(http().post("/api/v1/triage", Referrals.NO_VULNERABILITY).status())
                .isEqualTo(201);
        assertThat(shadowRunner.drain(30_000)).isTrue();

        JsonNode run = lead.get("/api/v1/rulesets/shadow/differences?version=stopped-elsewhere-shadow")
                .json();
        assertThat(run.path("running").asBoolean()).as(run.toString()).isTrue();
        assertThat(shadows.current())
                .as("the candidate compiled again runs in its place")
                .hasValueSatisfying(engine -> assertThat(engine)
                        .isNotSameAs(shadowing)
                        .satisfies(e -> assertThat(e.stopped()).isFalse()));
        assertThat(run.path("compared").asLong())
                .as("the decision is compared on the candidate compiled again, not dropped: %s", run)
                .isEqualTo(1);
        assertThat(lead.send("DELETE", "/api/v1/rulesets/shadow", Map.of()).status())
                .isEqualTo(204);
    }
}
