package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.decision.Decisions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Idempotency-Key on POST /api/v1/triage/batch, through the real HTTP API: a batch sent again after a
 * timeout stores nothing twice. The same clients as IdempotentTriageTest, so the two share one context.
 */
@TwoCaseSystems
class IdempotentBatchTriageTest extends ServiceTest {

    private static final String BATCH = "/api/v1/triage/batch";
    private static final String REFERRAL = TriageRoundTripTestReferral.json();
    private static final String OTHER_REFERRAL = REFERRAL.replace("\"EX-1\"", "\"EX-2\"");
    private static final String INVALID_REFERRAL = REFERRAL.replace("\"CHILD_IN_NEED\"", "\"ORPHANED\"");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Decisions decisions;

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    private static HttpJson.Answer post(HttpJson client, String body, String key) {
        return client.post(BATCH, body, Map.of("Idempotency-Key", key));
    }

    private static int status(JsonNode result, int index) {
        return result.path("results").get(index).path("status").asInt();
    }

    private static JsonNode decision(JsonNode result, int index) {
        return result.path("results").get(index).path("decision");
    }

    @Test
    void aBatchSentAgainGetsEachStoredReferralsFirstDecisionAndStoresNothingNew() {
        assertThat(OTHER_REFERRAL).isNotEqualTo(REFERRAL);
        assertThat(INVALID_REFERRAL).isNotEqualTo(REFERRAL);
        String batch = BatchTriageTest.batchOf(REFERRAL, INVALID_REFERRAL, OTHER_REFERRAL);
        long before = stored();

        JsonNode first = post(http(), batch, "batch-retry-1").json();
        JsonNode again = post(http(), batch, "batch-retry-1").json();

        assertThat(first.path("stored").asInt()).isEqualTo(2);
        assertThat(first.path("replayed").asInt()).isZero();
        assertThat(again.path("stored").asInt()).isZero();
        assertThat(again.path("replayed").asInt()).isEqualTo(2);
        assertThat(again.path("refused").asInt()).isEqualTo(1);
        assertThat(new int[] {status(again, 0), status(again, 1), status(again, 2)})
                .containsExactly(200, 400, 200);
        // The first answers exactly, as stored: the same decisions, not new ones decided alike.
        assertThat(decision(again, 0)).isEqualTo(decision(first, 0));
        assertThat(decision(again, 2)).isEqualTo(decision(first, 2));
        assertThat(decision(again, 0).path("decisionId"))
                .isNotEqualTo(decision(again, 2).path("decisionId"));
        assertThat(stored()).isEqualTo(before + 2);
    }

    @Test
    void aBatchOfMoreReferralsThanOneLookUpReadsIsReplayedWholeByteForByte() {
        // 501 keys: two slices of the key look-up and of the decisions read back.
        String batch = BatchTriageTest.batchOf(
                java.util.Collections.nCopies(501, REFERRAL).toArray(String[]::new));
        JsonNode first = post(http(), batch, "batch-large-1").json();
        long before = stored();

        HttpJson.Answer again = post(http(), batch, "batch-large-1");

        assertThat(first.path("stored").asInt()).isEqualTo(501);
        assertThat(again.json().path("replayed").asInt()).isEqualTo(501);
        assertThat(stored()).isEqualTo(before);
        for (int place : new int[] {0, 499, 500}) {
            String decisionId = decision(first, place).path("decisionId").asString();
            assertThat(decision(again.json(), place).path("decisionId").asString())
                    .isEqualTo(decisionId);
            // The stored answer's own bytes, not an answer written again from it.
            assertThat(again.response().body())
                    .contains(decisions
                            .find(java.util.UUID.fromString(decisionId))
                            .orElseThrow());
        }
    }

    @Test
    void referralsTheFirstCallDidNotStoreAreDecidedWhenTheBatchIsSentAgain() {
        post(http(), BatchTriageTest.batchOf(REFERRAL), "batch-grown-1");
        long before = stored();

        JsonNode again = post(http(), BatchTriageTest.batchOf(REFERRAL, OTHER_REFERRAL), "batch-grown-1")
                .json();

        assertThat(new int[] {status(again, 0), status(again, 1)}).containsExactly(200, 201);
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void otherContentAtAPlaceTheKeyStoredIsA422ForThatReferralAlone() {
        post(http(), BatchTriageTest.batchOf(REFERRAL, REFERRAL), "batch-reused-1");
        long before = stored();

        JsonNode reused = post(http(), BatchTriageTest.batchOf(REFERRAL, OTHER_REFERRAL), "batch-reused-1")
                .json();

        assertThat(new int[] {status(reused, 0), status(reused, 1)}).containsExactly(200, 422);
        JsonNode problem = reused.path("results").get(1).path("problem");
        assertThat(problem.path("type").asString())
                .isEqualTo("https://mset-triage.example/problems/idempotency-key-reused");
        assertThat(problem.path("status").asInt()).isEqualTo(422);
        assertThat(problem.path("instance").asString()).isEqualTo(BATCH);
        assertThat(reused.path("refused").asInt()).isEqualTo(1);
        assertThat(reused.path("results").get(1).has("decision")).isFalse();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aBatchsKeyIsItsClientsOwnAndNamesNothingForSingleCalls() {
        JsonNode mine = post(http(), BatchTriageTest.batchOf(REFERRAL), "batch-shared-1")
                .json();
        JsonNode theirs = post(
                        anonymous().as("second-case-system-key"), BatchTriageTest.batchOf(REFERRAL), "batch-shared-1")
                .json();
        HttpJson.Answer single = http().post("/api/v1/triage", REFERRAL, Map.of("Idempotency-Key", "batch-shared-1"));

        assertThat(status(mine, 0)).isEqualTo(201);
        assertThat(status(theirs, 0)).isEqualTo(201);
        assertThat(decision(theirs, 0).path("decisionId"))
                .isNotEqualTo(decision(mine, 0).path("decisionId"));
        assertThat(single.status()).isEqualTo(201);
        assertThat(single.json().path("decisionId"))
                .isNotEqualTo(decision(mine, 0).path("decisionId"));
    }

    @Test
    void batchesSentAgainAtOnceStoreEachReferralOnce() throws Exception {
        String batch = BatchTriageTest.batchOf(REFERRAL, OTHER_REFERRAL, REFERRAL);
        long before = stored();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Callable<JsonNode>> sends = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sends.add(() -> post(http(), batch, "batch-at-once-1").json());
        }
        List<JsonNode> answers = new ArrayList<>();
        for (Future<JsonNode> answer : callers.invokeAll(sends)) {
            answers.add(answer.get());
        }
        callers.shutdown();

        // Whichever call stored a referral, every call names that decision for it.
        for (int place = 0; place < 3; place++) {
            int at = place;
            assertThat(answers)
                    .extracting(a -> decision(a, at).path("decisionId").asString())
                    .containsOnly(
                            decision(answers.get(0), at).path("decisionId").asString());
            assertThat(answers).extracting(a -> status(a, at)).containsOnly(200, 201);
        }
        assertThat(answers.stream().mapToInt(a -> a.path("stored").asInt()).sum())
                .isEqualTo(3);
        assertThat(stored()).isEqualTo(before + 3);
    }

    @Test
    void withoutAKeyABatchSentAgainIsDecidedAgain() {
        long before = stored();

        JsonNode first = http().post(BATCH, BatchTriageTest.batchOf(REFERRAL)).json();
        JsonNode again = http().post(BATCH, BatchTriageTest.batchOf(REFERRAL)).json();

        assertThat(new int[] {status(first, 0), status(again, 0)}).containsExactly(201, 201);
        assertThat(again.path("replayed").asInt()).isZero();
        assertThat(stored()).isEqualTo(before + 2);
    }

    @Test
    void aBadKeyIsA400NamingTheHeaderBesideTheBodysProblemsAndStoresNothing() {
        long before = stored();

        HttpJson.Answer badKey = post(http(), BatchTriageTest.batchOf(REFERRAL), "a key with spaces");
        HttpJson.Answer badKeyAndBody = post(http(), "{\"referrals\": []}", "a key with spaces");

        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().path("errors").get(0).path("parameter").asString())
                .isEqualTo("Idempotency-Key");
        assertThat(badKeyAndBody.status()).isEqualTo(400);
        assertThat(badKeyAndBody.json().path("errors").values())
                .extracting(e -> e.has("parameter")
                        ? e.path("parameter").asString()
                        : e.path("pointer").asString())
                .contains("Idempotency-Key", "/referrals");
        assertThat(stored()).isEqualTo(before);
    }
}
