package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.decision.IdempotencyKey;
import org.msettriage.service.decision.IdempotencyKeys;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/** Idempotency-Key on POST /api/v1/triage, through the real HTTP API, with two case systems. */
@TwoCaseSystems
class IdempotentTriageTest extends ServiceTest {

    private static final String TRIAGE = "/api/v1/triage";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    MeterRegistry meters;

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    /** What each problem of a refusal names: a header's name, or a body field's pointer. */
    private static List<String> named(HttpJson.Answer refused) {
        List<String> named = new ArrayList<>();
        refused.json()
                .path("errors")
                .values()
                .forEach(e -> named.add(
                        e.has("parameter")
                                ? e.path("parameter").asString()
                                : e.path("pointer").asString()));
        return named;
    }

    private HttpJson.Answer post(HttpJson client, String body, String key) {
        return client.post(TRIAGE, body, Map.of("Idempotency-Key", key));
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstDecisionByteForByteAndStoresNothing() {
        long before = stored();
        double replayedBefore = replayed();

        HttpJson.Answer first = post(http(), TriageRoundTripTestReferral.json(), "retry-1");
        HttpJson.Answer retry = post(http(), TriageRoundTripTestReferral.json(), "retry-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.response().body()).isEqualTo(first.response().body());
        assertThat(stored()).isEqualTo(before + 1);
        assertThat(replayed()).isEqualTo(replayedBefore + 1);
    }

    private double replayed() {
        return meters.get("mset.triage.replayed")
                .tag("call", "single")
                .counter()
                .count();
    }

    @Test
    void theSameKeyWithADifferentBodyIsA422AndStoresNothing() {
        post(http(), TriageRoundTripTestReferral.json(), "reused-1");
        String other = TriageRoundTripTestReferral.json().replace("\"EX-1\"", "\"EX-2\"");
        assertThat(other).isNotEqualTo(TriageRoundTripTestReferral.json());
        long before = stored();

        HttpJson.Answer reused = post(http(), other, "reused-1");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.json().path("type").asString())
                .isEqualTo("https://mset-triage.example/problems/idempotency-key-reused");
        assertThat(reused.json().path("status").asInt()).isEqualTo(422);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void bodiesAreComparedAsTheReferralReadFromThemNotByteForByte() {
        String minimal = "{\"referralId\": \"R-same\", \"childRef\": \"c-same\", \"child\": {\"ageYears\": 14},"
                + " \"assessedAt\": \"2026-11-12T10:00:00Z\"}";
        String respaced =
                "{\"assessedAt\":\"2026-11-12T10:00:00Z\",\"child\":{\"ageYears\":14},\"childRef\":\"c-same\","
                        + "\"referralId\":\"R-same\",\"localAuthority\":null}";
        String emptyList = minimal.replace("14},", "14}, \"indicators\": [],");
        assertThat(post(http(), minimal, "compared-1").status()).isEqualTo(201);

        assertThat(post(http(), respaced, "compared-1").status())
                .as("reordered, spaced, a null")
                .isEqualTo(200);
        assertThat(post(http(), emptyList, "compared-1").status())
                .as("an empty list is a list given")
                .isEqualTo(422);
    }

    @Test
    void keysAreTheClientsOwn() {
        HttpJson.Answer mine = post(http(), TriageRoundTripTestReferral.json(), "shared-1");
        HttpJson.Answer theirs =
                post(anonymous().as("second-case-system-key"), TriageRoundTripTestReferral.json(), "shared-1");

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Location")).isNotEqualTo(mine.header("Location"));
    }

    @Test
    void withoutAKeyEveryCallMakesADecision() {
        long before = stored();

        HttpJson.Answer one = http().post(TRIAGE, TriageRoundTripTestReferral.json());
        HttpJson.Answer two = http().post(TRIAGE, TriageRoundTripTestReferral.json());

        assertThat(List.of(one.status(), two.status())).containsExactly(201, 201);
        assertThat(two.header("Location")).isNotEqualTo(one.header("Location"));
        assertThat(stored()).isEqualTo(before + 2);
    }

    @Test
    void twoKeysInOneRequestAreA400NotOneKeyJoinedFromThem() throws Exception {
        long before = stored();
        HttpRequest twoKeys = HttpRequest.newBuilder(URI.create("http://localhost:" + port + TRIAGE))
                .header("Authorization", "Bearer " + DemoClients.CASE_SYSTEM.key())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "first-key")
                .header("Idempotency-Key", "second-key")
                .POST(HttpRequest.BodyPublishers.ofString(TriageRoundTripTestReferral.json()))
                .build();

        HttpResponse<String> refused = HttpClient.newHttpClient().send(twoKeys, HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(HttpJson.JSON
                        .readTree(refused.body())
                        .path("errors")
                        .get(0)
                        .path("parameter")
                        .asString())
                .isEqualTo("Idempotency-Key");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aKeyOutsideTheContractsBoundsIsA400NamingTheHeader() {
        long before = stored();

        for (String bad : List.of("has space", "x".repeat(256), "tab\there")) {
            HttpJson.Answer refused = post(http(), TriageRoundTripTestReferral.json(), bad);

            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("parameter").asString())
                    .isEqualTo("Idempotency-Key");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aBadKeyIsNamedTogetherWithEveryProblemOfTheBody() {
        long before = stored();
        ObjectNode twoBadFields = (ObjectNode) HttpJson.JSON.readTree(TriageRoundTripTestReferral.json());
        twoBadFields.put("referralId", 7);
        ((ObjectNode) twoBadFields.get("child")).put("ageYears", "fourteen");

        HttpJson.Answer refused = post(http(), twoBadFields.toString(), "has space");

        assertThat(refused.status()).as(refused.response().body()).isEqualTo(400);
        List<String> named = named(refused);
        assertThat(named).containsExactly("Idempotency-Key", "/child/ageYears", "/referralId");
        assertThat(refused.json().path("detail").asString()).startsWith("3 problems were found");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aBadKeyIsNamedBesideAnEmptyBody() {
        long before = stored();

        HttpJson.Answer refused = post(http(), "", "has space");

        assertThat(refused.status()).as(refused.response().body()).isEqualTo(400);
        List<String> named = named(refused);
        assertThat(named).containsExactly("Idempotency-Key", "");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void concurrentRetriesOfOneCallMakeOneDecision() throws Exception {
        long before = stored();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Callable<HttpJson.Answer>> retries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            retries.add(() -> post(http(), TriageRoundTripTestReferral.json(), "at-once-1"));
        }
        List<HttpJson.Answer> answers = new ArrayList<>();
        for (Future<HttpJson.Answer> answer : callers.invokeAll(retries)) {
            answers.add(answer.get());
        }
        callers.shutdown();

        assertThat(answers).extracting(HttpJson.Answer::status).containsOnly(200, 201);
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers)
                .extracting(a -> a.header("Location"))
                .containsOnly(answers.get(0).header("Location"));
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void aKeyNamesItsDecisionFor24HoursOnly() {
        post(http(), TriageRoundTripTestReferral.json(), "day-1");
        Caller caller = new Caller(Caller.Method.API_KEY, "demo-case-system", Set.of(Role.CASE_SYSTEM));
        // Found by the key alone; the body (here another) only decides between a replay and a 422.
        IdempotencyKey key = keys.of(caller, "day-1", "{}");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        assertThat(keys.earlier(key, now))
                .hasValueSatisfying(e -> assertThat(e.sameRequest()).isFalse());
        assertThat(keys.earlier(key, now.plusHours(25))).isEmpty();
        assertThat(keys.removeExpired(now.plusHours(25))).isPositive();
        assertThat(keys.earlier(key, now)).isEmpty();
    }
}
