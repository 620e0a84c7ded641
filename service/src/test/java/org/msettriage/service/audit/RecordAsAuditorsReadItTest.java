package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.pages.PageClient;
import org.msettriage.service.ruleset.Referrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A decision's record as an auditor reads it (API and page) after its retention period, and after its
 * stored outcome was changed behind the service's back: what an auditor's trial found missing or
 * misleading. Its own context, with a retention period of half a second (waited out from the decision's
 * own time, so it only needs to be short).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=record-as-auditors-read-it", "mset.audit.retention=500ms"})
class RecordAsAuditorsReadItTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    RetentionPeriod retention;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    RetentionInForce retentionInForce;

    @Test
    void afterRetentionTheRulesThatFiredStayAndRemovedReasonsSaySo() throws InterruptedException {
        UUID id = triage("retained-1");
        JsonNode before = record(id, "Quarterly audit");
        assertThat(before.get("firedRules")).isNotEmpty();
        sealer.sealPending();

        // Removal is stamped with the real time, as in service: wait until the period has run for this decision.
        RetentionEnd.awaitFor(jdbc, retentionInForce, id);
        assertThat(retention.removeExpired(OffsetDateTime.now(ZoneOffset.UTC))).isPositive();

        JsonNode after = record(id, "Annual review");
        assertThat(after.get("decision") == null || after.get("decision").isNull())
                .isTrue();
        assertThat(after.get("firedRules")).isEqualTo(before.get("firedRules"));
        JsonNode views = after.get("views");
        JsonNode removedRead = views.get(views.size() - 1);
        assertThat(removedRead.at("/reason").isNull()
                        || removedRead.at("/reason").isMissingNode())
                .isTrue();
        assertThat(removedRead.get("reasonRemoved").asBoolean()).isTrue();

        // A reason given after the period is not kept, but that one was given is (a data protection trial saw
        // the "Annual review" read above logged as "Not given"); the entry verifies as a removed reason does.
        sealer.sealPending();
        JsonNode later = record(id, "Checked again");
        assertThat(later.get("views")
                        .valueStream()
                        .map(view -> view.get("reasonRemoved").asBoolean()))
                .hasSizeGreaterThanOrEqualTo(2)
                .containsOnly(true);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_access WHERE decision_id = :id"
                                + " AND (reason_encrypted IS NOT NULL OR reason_sha256 IS NULL)")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        sealer.sealPending();
        assertThat(verifier.verify().problems())
                .as("no read of it is found changed")
                .noneMatch(problem -> id.equals(problem.decisionId()));

        // A rule id may wrap after an underscore: read it whole.
        String page = decisionPage(id).replace("<wbr>", "");
        String firstRule = before.get("firedRules").get(0).get("ruleId").asString();
        assertThat(page).contains("The rules that fired", firstRule, "Removed after the retention period");
        assertThat(page).doesNotContain("Rule " + firstRule + " (no longer in the rules)");
    }

    @Test
    void aDecisionWhoseOutcomeWasChangedLeadsWithTheWarningAndTheAnsweredValues() {
        UUID id = triage("tampered-1");
        sealer.sealPending();
        JsonNode answered = record(id, "Quarterly audit").get("decision");
        String level = answered.get("riskLevel").asString();
        String tamperedLevel = level.equals("EMERGING") ? "MODERATE" : "EMERGING";
        jdbc.sql("UPDATE decision SET risk_level = :level WHERE decision_id = :id")
                .param("level", tamperedLevel)
                .param("id", id)
                .update();

        JsonNode integrity = record(id, "Quarterly audit").get("integrity");
        assertThat(integrity.get("state").asString()).isEqualTo("CHANGED");
        assertThat(integrity.get("changedFields").valueStream().map(JsonNode::asString))
                .containsExactly("riskLevel");
        assertThat(integrity.get("detail").asString()).contains("riskLevel").doesNotContain(tamperedLevel);

        String page = decisionPage(id);
        int warning = page.indexOf("Changed since it was answered: risk level.");
        int headline = page.indexOf("class=\"report-header\"");
        assertThat(warning).isPositive().isLessThan(headline);
        String header = page.substring(headline, page.indexOf("</div>", page.indexOf("report-header__route")));
        assertThat(header).contains("Risk level, as answered", "changed since it was sealed");
        assertThat(header.indexOf(words(level))).isLessThan(header.indexOf("Stored now as " + words(tamperedLevel)));
    }

    private static String words(String level) {
        return level.charAt(0) + level.substring(1).toLowerCase();
    }

    private UUID triage(String referralId) {
        HttpJson.Answer answer = http().post(
                        "/api/v1/triage", Referrals.referral(referralId, 14, "FEMALE", "GATESHEAD", "CSE03:CURRENT"));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    private JsonNode record(UUID id, String reason) {
        HttpJson.Answer answer = as(DemoClients.AUDITOR)
                .send("GET", "/api/v1/decisions/" + id + "/record", Map.of("Mset-Access-Reason", reason));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.json();
    }

    private String decisionPage(UUID id) {
        PageClient auditor = new PageClient("http://localhost:" + port);
        auditor.signIn(DemoClients.AUDITOR.key());
        String path = "/audit/decisions/" + id;
        String purpose = "/audit/purpose?next=" + path;
        auditor.post(purpose, Map.of("_csrf", auditor.get(purpose).formToken(), "purpose", "Quarterly audit"));
        PageClient.Page page = auditor.get(path);
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }
}
