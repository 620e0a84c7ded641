package org.msettriage.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import tools.jackson.databind.JsonNode;

/** /actuator/prometheus: the service's meters, for operators only, with nothing about a child in them. */
class PrometheusScrapeTest extends ServiceTest {

    private static final String SCRAPE = "/actuator/prometheus";

    @Test
    void anOperatorScrapesDecisionsLatencyCommitsSealLagAndValidations() {
        String referral = TriageRoundTripTestReferral.json();
        assertThat(http().post("/api/v1/triage", referral).status()).isEqualTo(201);
        assertThat(http().post("/api/v1/triage/batch", "{\"referrals\": [" + referral + "," + referral + "]}")
                        .status())
                .isEqualTo(200);
        HttpJson.Answer validation =
                as(DemoClients.POLICY_LEAD).post("/api/v1/rulesets/validate?path=no-such-candidate", "");
        assertThat(validation.status()).isIn(200, 400, 404);

        HttpJson.Answer scrape = as(DemoClients.OPERATOR).get(SCRAPE);

        assertThat(scrape.status()).isEqualTo(200);
        String text = scrape.response().body();
        assertThat(text)
                .contains("mset_decisions_total{pathway=\"IMMEDIATE_SAFEGUARDING\",risk_level=\"SIGNIFICANT\","
                        + "ruleset_version=\"2026.12.2\"}")
                .contains("mset_triage_seconds_bucket")
                .contains("mset_triage_batch_size_referrals_count")
                // Shown before any retry, so that a rate of retries starts from 0.
                .contains("mset_triage_replayed_total{call=\"single\"}")
                .contains("mset_triage_replayed_total{call=\"batch\"}")
                .contains("mset_decisions_commit_size_decisions_bucket")
                .contains("mset_decisions_commit_seconds_bucket")
                .contains("mset_decisions_commits_total{outcome=\"committed\"}")
                .contains("mset_seal_waiting_decisions")
                .contains("mset_seal_lag_seconds")
                // Shown before any hold, so that an alert sees the first.
                .contains("mset_credentials_held_back_total{kind=\"address\"}")
                .contains("mset_credentials_held_back_total{kind=\"key_prefix\"}");
        // Which instance seals, for an operator running several (found by one reading the lease table).
        assertThat(text).contains("mset_lease_held{lease=\"decision-sealer\"} 1.0");
        // Read from the database when scraped: a number, not the NaN a failed read gives.
        assertThat(text.lines().filter(line -> line.startsWith("mset_seal_")))
                .hasSize(2)
                .noneMatch(line -> line.endsWith("NaN"));
    }

    @Test
    void anOperatorSeesTheRetentionPeriodAndItsLeaseBeforeItsFirstCheck() {
        // The first check comes an hour after the start (mset.audit.retention-check-every).
        String text = as(DemoClients.OPERATOR).get(SCRAPE).response().body();
        JsonNode info = as(DemoClients.OPERATOR).get("/actuator/info").json().get("retention");

        // 0 until the first check; 1 should a test sharing this service have run the check already.
        assertThat(text).containsPattern("mset_lease_held\\{lease=\"retention-period\"} [01]\\.0");
        assertThat(text.lines().filter(line -> line.startsWith("mset_audit_retention_seconds ")))
                .singleElement()
                .satisfies(line ->
                        assertThat(Double.parseDouble(line.split(" ")[1])).isEqualTo(2192.0 * 24 * 60 * 60));
        assertThat(info.get("inWords").asString()).isEqualTo("6 years (2,192 days)");
    }

    @Test
    void noLabelOrValueCarriesWhatAReferralSaysAboutAChild() {
        http().post("/api/v1/triage", TriageRoundTripTestReferral.json());

        String text = as(DemoClients.OPERATOR).get(SCRAPE).response().body();

        // The worked example's child reference, referral id, perpetrator, vehicle and indicator note.
        assertThat(text).doesNotContain("ex-child-1", "EX-1", "Zed", "hatchback", "getting into a car");
    }

    @Test
    void onlyOperatorsMayScrape() {
        assertThat(anonymous().get(SCRAPE).status()).isEqualTo(401);
        for (DemoClients.Key client : new DemoClients.Key[] {
            DemoClients.CASE_SYSTEM, DemoClients.POLICY_LEAD, DemoClients.AUDITOR, DemoClients.ANALYST
        }) {
            assertThat(as(client).get(SCRAPE).status()).as(client.client()).isEqualTo(403);
        }
    }
}
