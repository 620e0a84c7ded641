package org.msettriage.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.decision.Decisions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Under the bench profile the seed stores as many real decisions as asked, cycling through the referrals
 * it is given, for scripts/bench-impact.sh; a body with an invalid referral stores none.
 */
@ActiveProfiles("bench")
class BenchSeedTest extends ServiceTest {

    private static final String SEED = "/api/v1/bench/seed";

    @Autowired
    Decisions decisions;

    @Test
    void theSeedStoresAsManyDecisionsAsAskedFromTheReferralsGiven() throws IOException {
        String referral = Files.readString(BenchEchoTest.REFERRAL);
        String other = referral.replace("\"REF-2026-0412\"", "\"REF-2026-0413\"");
        List<UUID> before = decisions.decidedBetween(null, null);

        HttpJson.Answer answer = http().post(SEED + "?count=5", "{\"referrals\": [" + referral + ", " + other + "]}");

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        assertThat(answer.json().get("stored").asInt()).isEqualTo(5);
        List<UUID> seeded = decisions.decidedBetween(null, null).stream()
                .filter(id -> !before.contains(id))
                .toList();
        assertThat(seeded).hasSize(5);
        List<JsonNode> requests = decisions.sealedRequests(seeded).stream()
                .map(decisions::open)
                .map(stored -> HttpJson.JSON.readTree(stored.json()))
                .toList();
        List<String> referralIds =
                requests.stream().map(r -> r.get("referralId").asString()).toList();
        // Each seeded referral is about a child of its own and names its own numbered nickname, as
        // calls over HTTP do in the benchmarks: the same child 100,000 times would count every earlier one.
        assertThat(requests.stream().map(r -> r.get("childRef").asString()).distinct())
                .hasSize(5)
                .allMatch(child -> child.startsWith("seed-child-"));
        assertThat(requests.stream()
                        .map(r -> r.get("perpetrators").get(0).get("nickname").asString())
                        .distinct())
                .hasSize(5)
                .allMatch(name -> name.matches("Zed \\d+"));
        assertThat(referralIds).containsOnly("REF-2026-0412", "REF-2026-0413");
        assertThat(referralIds).filteredOn("REF-2026-0412"::equals).hasSize(3);
    }

    @Test
    void anInvalidReferralOrCountStoresNothing() throws IOException {
        String referral = Files.readString(BenchEchoTest.REFERRAL);
        List<UUID> before = decisions.decidedBetween(null, null);

        HttpJson.Answer invalid = http().post(SEED + "?count=3", "{\"referrals\": [" + referral + ", {}]}");
        HttpJson.Answer none = http().post(SEED + "?count=0", "{\"referrals\": [" + referral + "]}");

        assertThat(invalid.status()).isEqualTo(400);
        JsonNode errors = invalid.json().get("errors");
        assertThat(errors.toString()).contains("/referrals/1");
        assertThat(none.status()).isEqualTo(400);
        assertThat(decisions.decidedBetween(null, null)).hasSameSizeAs(before);
    }

    @Test
    void onlyCaseSystemsMaySeed() {
        assertThat(as(DemoClients.AUDITOR).post(SEED + "?count=1", "{}").status())
                .isEqualTo(403);
        assertThat(anonymous().post(SEED + "?count=1", "{}").status()).isEqualTo(401);
    }
}
