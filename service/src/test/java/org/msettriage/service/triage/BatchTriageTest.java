package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/triage/batch through the real HTTP API. */
class BatchTriageTest extends ServiceTest {

    private static final String BATCH = "/api/v1/triage/batch";

    @Autowired
    JdbcClient jdbc;

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    static String batchOf(String... referrals) {
        return "{\"referrals\": [" + String.join(",", referrals) + "]}";
    }

    @Test
    void goodReferralsAreStoredAndBadOnesRefusedEachInItsPlace() {
        String good = TriageRoundTripTestReferral.json();
        String bad = good.replace("\"CHILD_IN_NEED\"", "\"ORPHANED\"").replace("\"EX-1\"", "\"\"");
        assertThat(bad).isNotEqualTo(good);
        long before = stored();

        HttpJson.Answer answer = http().post(BATCH, batchOf(good, bad, good, "42"));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode result = answer.json();
        assertThat(result.path("stored").asInt()).isEqualTo(2);
        assertThat(result.path("refused").asInt()).isEqualTo(2);
        assertThat(result.path("unavailable").asInt()).isZero();
        JsonNode results = result.path("results");
        assertThat(results).extracting(r -> r.path("index").asInt()).containsExactly(0, 1, 2, 3);
        assertThat(results).extracting(r -> r.path("status").asInt()).containsExactly(201, 400, 201, 400);
        assertThat(results.get(1).path("problem").path("errors"))
                .extracting(e -> e.path("pointer").asString())
                .containsExactlyInAnyOrder("/referrals/1/child/careStatus", "/referrals/1/referralId");
        // As every problem the service sends (the contract's Problem): an integrator found items' had none.
        assertThat(results.get(1).path("problem").path("instance").asString()).isEqualTo("/api/v1/triage/batch");
        assertThat(results.get(3)
                        .path("problem")
                        .path("errors")
                        .get(0)
                        .path("pointer")
                        .asString())
                .isEqualTo("/referrals/3");
        assertThat(stored()).isEqualTo(before + 2);
        // The contract declares none of these nullable: a value absent is a field left out, not a null.
        assertThat(results).allSatisfy(item -> assertThat(nullsIn(item)).isEmpty());
        assertThat(results.get(0).has("problem")).isFalse();
        assertThat(results.get(1).has("decision")).isFalse();
        for (int i : new int[] {0, 2}) {
            JsonNode decision = results.get(i).path("decision");
            HttpJson.Answer read = http().get(
                            "/api/v1/decisions/" + decision.path("decisionId").asString());
            assertThat(read.json()).isEqualTo(decision);
        }
    }

    /** The fields of an item, its problem and the problem's errors that are sent as null. */
    private static List<String> nullsIn(JsonNode item) {
        List<String> nulls = new ArrayList<>();
        item.properties().forEach(field -> {
            if (field.getValue().isNull()) {
                nulls.add(field.getKey());
            }
        });
        item.path("problem").properties().forEach(field -> {
            if (field.getValue().isNull()) {
                nulls.add("problem/" + field.getKey());
            }
        });
        item.path("problem")
                .path("errors")
                .forEach(error -> error.properties().forEach(field -> {
                    if (field.getValue().isNull()) {
                        nulls.add("problem/errors/" + field.getKey());
                    }
                }));
        return nulls;
    }

    @Test
    void aBatchDecidesAsASingleCallDoes() {
        JsonNode single = http().post("/api/v1/triage", TriageRoundTripTestReferral.json())
                .json();
        JsonNode inBatch = http().post(BATCH, batchOf(TriageRoundTripTestReferral.json()))
                .json()
                .path("results")
                .get(0)
                .path("decision");

        for (String field : new String[] {"riskLevel", "score", "pathway", "actions", "explanation", "ruleset"}) {
            assertThat(inBatch.path(field)).as(field).isEqualTo(single.path(field));
        }
    }

    @Test
    void aBodyThatIsNotABatchIsRefusedWholeAndStoresNothing() {
        String good = TriageRoundTripTestReferral.json();
        long before = stored();

        for (String body : new String[] {
            "{\"referrals\": []}",
            batchOf(Collections.nCopies(1001, "{}").toArray(String[]::new)),
            "{\"referral\": [" + good + "]}",
            "[" + good + "]",
            "{\"referrals\": [" + good
        }) {
            HttpJson.Answer refused = http().post(BATCH, body);

            assertThat(refused.status())
                    .as(body.substring(0, Math.min(40, body.length())))
                    .isEqualTo(400);
            assertThat(refused.json().path("type").asString()).endsWith("/problems/invalid-request");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aKeyGivenTwiceOrANumberTooLongInOneReferralRefusesThatReferralAlone() {
        // Found in an integrator's trial: either refused the whole batch, the good referrals with it.
        String good = TriageRoundTripTestReferral.json();
        String twice = good.replaceFirst("\\{", "{\"referralId\": \"first\",");
        String tooLong = good.replaceFirst("\\{", "{\"hugeNumber\": 1" + "0".repeat(1500) + ",");
        long before = stored();

        HttpJson.Answer answer =
                http().post(BATCH, "{\"referrals\": [" + String.join(",", good, twice, tooLong, "7") + "]}");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode results = answer.json().path("results");
        assertThat(results).extracting(r -> r.path("status").asInt()).containsExactly(201, 400, 400, 400);
        assertThat(results.get(1)
                        .path("problem")
                        .path("errors")
                        .get(0)
                        .path("pointer")
                        .asString())
                .isEqualTo("/referrals/1/referralId");
        assertThat(results.get(1)
                        .path("problem")
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asString())
                .contains("given twice");
        assertThat(results.get(2)
                        .path("problem")
                        .path("errors")
                        .get(0)
                        .path("pointer")
                        .asString())
                .isEqualTo("/referrals/2");
        assertThat(results.get(2)
                        .path("problem")
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asString())
                .contains("1501 digits");
        assertThat(results.get(3)
                        .path("problem")
                        .path("errors")
                        .get(0)
                        .path("pointer")
                        .asString())
                .isEqualTo("/referrals/3");
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void aReferralNestedPastTheReadersLimitIsRefusedAlone() {
        String good = TriageRoundTripTestReferral.json();
        String deep = good.replaceFirst("\\{", "{\"deep\": " + "[".repeat(600) + "]".repeat(600) + ",");
        long before = stored();

        HttpJson.Answer answer = http().post(BATCH, batchOf(deep, good));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("results"))
                .extracting(r -> r.path("status").asInt())
                .containsExactly(400, 201);
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void bytesThatAreNotUtf8AreTheWholeBodysProblemWhereverTheyStand() {
        // Inside a referral that also gives a key twice: the body's bytes are read first, counted from its start.
        String good = TriageRoundTripTestReferral.json();
        String before = "{\"referrals\": [" + good + ", {\"referralId\": \"a\", \"referralId\": \"";
        String after = "\"}]}";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(before.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        body.writeBytes(after.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long stored = stored();

        HttpJson.Answer refused = http().postBytes(BATCH, body.toByteArray());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .isEqualTo("the body is not valid UTF-8 (at byte "
                        + before.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + ")");
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void aBatchWhosePropertiesAreGivenTwiceOrUnknownIsStillRefusedWhole() {
        String good = TriageRoundTripTestReferral.json();
        String twiceInside = good.replaceFirst("\\{", "{\"referralId\": \"first\",");
        long before = stored();

        for (String body : new String[] {
            "{\"referrals\": [" + good + "], \"referrals\": [" + good + "]}",
            "{\"referrals\": [" + twiceInside + "], \"extra\": 1}",
            "{\"referrals\": [" + twiceInside + "]",
        }) {
            HttpJson.Answer refused = http().post(BATCH, body);

            assertThat(refused.status()).as(body.substring(body.length() - 20)).isEqualTo(400);
            assertThat(refused.json().path("type").asString()).endsWith("/problems/invalid-request");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aThousandReferralsAreDecidedInOneCall() {
        String[] referrals =
                Collections.nCopies(1000, TriageRoundTripTestReferral.json()).toArray(String[]::new);
        long before = stored();

        JsonNode result = http().post(BATCH, batchOf(referrals)).json();

        assertThat(result.path("stored").asInt()).isEqualTo(1000);
        assertThat(stored()).isEqualTo(before + 1000);
    }
}
