package org.msettriage.service.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Switching rulesets while case systems keep calling: no call fails, and every answer is wholly one
 * ruleset's (the version it names decides the level it gives), across an activation and a rollback.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=activation-under-load-test")
class ActivationUnderLoadTest extends ServiceTest {

    /** The referral whose level the two rulesets decide differently: EMERGING, and MODERATE raised. */
    private static final Map<String, String> LEVEL_BY_VERSION =
            Map.of(CandidateRulesets.PACKAGED_VERSION, "EMERGING", "load-1", "MODERATE");

    @Test
    void everyCallDuringActivationAndRollbackIsAnsweredWhollyByOneRuleset() throws Exception {
        HttpJson lead = as(DemoClients.POLICY_LEAD);
        JsonNode validation = lead.postZip(
                        "/api/v1/rulesets/validate", CandidateRulesets.zip(CandidateRulesets.raisedWeight("load-1")))
                .json();
        HttpJson.Answer proposal = CandidateActivation.propose(
                lead, "load-1", "load test", CandidateActivation.brokenScenarios(validation));
        assertThat(proposal.status()).as(proposal.response().body()).isEqualTo(201);
        AtomicBoolean switching = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> callers.submit(() -> {
                    while (switching.get()) {
                        HttpJson.Answer answer = http().post("/api/v1/triage", Referrals.UP_TO_MODERATE);
                        answers.add(
                                answer.status() == 201
                                        ? answer.json()
                                                        .path("ruleset")
                                                        .path("version")
                                                        .asString() + " "
                                                + answer.json()
                                                        .path("riskLevel")
                                                        .asString()
                                        : "status " + answer.status());
                    }
                }))
                .<Future<?>>map(f -> f)
                .toList();

        // Each switch waits for an answer that shows it, not for a guessed time (a review: under load 300 ms
        // could pass without one call answered by the candidate).
        awaitAnswer(answers, 0, answer -> true);
        HttpJson.Answer activated = CandidateActivation.approve(
                as(DemoClients.SECOND_POLICY_LEAD),
                proposal.json().path("proposalId").asString());
        awaitAnswer(answers, 0, answer -> answer.startsWith("load-1"));
        HttpJson.Answer rolledBack = lead.post(
                "/api/v1/rulesets/" + CandidateRulesets.PACKAGED_VERSION + "/activate", "{\"reason\": \"load test\"}");
        awaitAnswer(answers, answers.size(), answer -> answer.startsWith(CandidateRulesets.PACKAGED_VERSION));
        switching.set(false);
        for (Future<?> caller : running) {
            caller.get(30, TimeUnit.SECONDS);
        }
        callers.shutdown();

        assertThat(activated.status()).as(activated.response().body()).isEqualTo(200);
        assertThat(rolledBack.status()).as(rolledBack.response().body()).isEqualTo(200);
        assertThat(answers).isNotEmpty().allSatisfy(answer -> {
            String[] versionAndLevel = answer.split(" ");
            assertThat(LEVEL_BY_VERSION).as(answer).containsEntry(versionAndLevel[0], versionAndLevel[1]);
        });
        assertThat(answers).as("answers from the candidate while it was active").anyMatch(a -> a.startsWith("load-1"));
        assertThat(answers)
                .as("the last answers, after the rollback")
                .last()
                .asString()
                .startsWith("2026.12.2");
    }

    /** Waits up to 20 s for an answer after the first {@code from} that matches. */
    private static void awaitAnswer(ConcurrentLinkedQueue<String> answers, int from, Predicate<String> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (answers.stream().skip(from).noneMatch(wanted) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
