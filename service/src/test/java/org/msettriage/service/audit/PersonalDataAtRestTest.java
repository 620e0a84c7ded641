package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.ruleset.Referrals;
import org.msettriage.service.store.HashBytes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database holds about a child: no child reference and no free text in any column of any
 * table, only the keyed hash and ciphertext; and, after the retention period, not even those, while the
 * record still verifies.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=personal-data-at-rest", "mset.audit.retention=500ms"})
class PersonalDataAtRestTest extends ServiceTest {

    private static final String CHILD = "canary-child-7731";
    private static final List<String> FREE_TEXT = List.of(
            "canary-note-5120",
            "canary-nickname-0081",
            "canary-vehicle-4410",
            "canary-place-9902",
            "canary-rationale-3357",
            "canary-comment-6624",
            "canary-reason-1845",
            "canary-plan-7702");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    RetentionPeriod retention;

    @Autowired
    RetentionInForce retentionInForce;

    @Autowired
    ChildRefHash childRefHash;

    @Test
    void noColumnOfAnyTableHoldsTheChildReferenceOrFreeTextAndRetentionRemovesTheRest() throws InterruptedException {
        UUID id = triageWithFreeText();
        assertThat(http().post(
                                "/api/v1/decisions/" + id + "/feedback",
                                "{\"outcome\": \"OVERRIDDEN\", \"reasonCode\": \"OTHER\", \"comment\": \""
                                        + FREE_TEXT.get(5) + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(as(DemoClients.AUDITOR)
                        .send("GET", "/api/v1/decisions/" + id, Map.of("Mset-Access-Reason", FREE_TEXT.get(6)))
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM decision_access WHERE decision_id = :id AND reason_encrypted IS NOT NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("the reason was kept, encrypted")
                .isEqualTo(1);
        UUID outcome = panelPlanFor(id);
        sealer.sealPending();

        List<String> canaries = new ArrayList<>(FREE_TEXT);
        canaries.add(CHILD);
        assertThat(columnsHolding(canaries)).as("columns holding a canary").isEmpty();
        assertThat(jdbc.sql("SELECT child_ref_hash FROM decision WHERE decision_id = :id")
                        .param("id", id)
                        .query((row, n) -> HashBytes.hex(row, 1))
                        .single())
                .isEqualTo(childRefHash.of(CHILD));
        // Decrypted for auditors, and found by the reference through its hash.
        assertThat(as(DemoClients.AUDITOR)
                        .get("/api/v1/decisions/" + id + "/record")
                        .json()
                        .at("/referral/perpetrators/0/nickname")
                        .asString())
                .isEqualTo(FREE_TEXT.get(1));
        assertThat(searchByChild()).containsExactly(id.toString());

        // Removal is stamped with the real time, as in service: wait until the period has run for this decision.
        RetentionEnd.awaitFor(jdbc, retentionInForce, id);
        int removed = retention.removeExpired(OffsetDateTime.now(ZoneOffset.UTC));

        assertThat(removed).isEqualTo(1);
        HttpJson.Answer gone = http().get("/api/v1/decisions/" + id);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.json().get("type").asString()).endsWith("/content-removed");
        assertThat(http().post("/api/v1/decisions/" + id + "/feedback", "{\"outcome\": \"ACCEPTED\"}")
                        .status())
                .isEqualTo(410);
        var record = as(DemoClients.AUDITOR)
                .get("/api/v1/decisions/" + id + "/record")
                .json();
        assertThat(record.at("/summary/personalContentRemovedAt").isMissingNode())
                .isFalse();
        assertThat(record.at("/summary/riskLevel").asString()).isNotBlank();
        assertThat(record.has("decision") && !record.get("decision").isNull()).isFalse();
        assertThat(record.at("/feedback/0/reasonCode").asString()).isEqualTo("OTHER");
        assertThat(record.at("/feedback/0/comment").isNull()
                        || record.at("/feedback/0/comment").isMissingNode())
                .isTrue();
        assertThat(searchByChild()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision WHERE decision_id = :id AND child_ref_hash IS NULL"
                                + " AND request_sealed IS NULL AND response_sealed IS NULL AND referral_ref_hash IS NULL"
                                + " AND gender IS NULL AND age_band IS NULL AND care_status IS NULL"
                                + " AND referring_agency IS NULL AND exploitation_types IS NULL AND rhi_due IS NULL")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // The panel's plan for the child goes with the decision's content; the outcome itself stays.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM panel_outcome WHERE outcome_id = :id AND details_encrypted IS NULL"
                                + " AND details_removed_at IS NOT NULL AND outcome = 'PLAN_AGREED'")
                        .param("id", outcome)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var verification = as(DemoClients.AUDITOR).get("/api/v1/audit/verify").json();
        assertThat(verification.get("intact").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.get("personalContentRemoved").asLong()).isEqualTo(1);
    }

    /** The panel agrees a plan for the child, one action in words (free text, so a canary). */
    private UUID panelPlanFor(UUID decisionId) {
        HttpJson coordinator = as(DemoClients.PANEL_COORDINATOR);
        String agenda = coordinator
                .post(
                        "/api/v1/panel/meetings",
                        // Today's, in the partnership's time zone: a meeting takes outcomes once its day has come.
                        "{\"localAuthority\": \"SUNDERLAND\", \"heldOn\": \""
                                + LocalDate.now(ZoneId.of("Europe/London")) + "\"}")
                .header("Location");
        HttpJson.Answer recorded = coordinator.post(
                agenda.replace("/agenda", "/outcomes"),
                "{\"decisionId\": \"" + decisionId + "\", \"outcome\": \"PLAN_AGREED\", \"plan\": [{\"text\": \""
                        + FREE_TEXT.get(7) + "\", \"leadAgency\": \"POLICE\", \"dueBy\": \""
                        + LocalDate.now(ZoneOffset.UTC).plusDays(14) + "\"}]}");
        assertThat(recorded.status()).as(recorded.response().body()).isEqualTo(201);
        return UUID.fromString(recorded.json().get("outcomeId").asString());
    }

    private UUID triageWithFreeText() {
        String referral = Referrals.referral("at-rest", 15, "FEMALE", "SUNDERLAND", "CSE03:CURRENT")
                .replace("\"childRef\": \"child-at-rest\"", "\"childRef\": \"" + CHILD + "\"")
                .replace(
                        "\"recency\": \"CURRENT\"}",
                        "\"recency\": \"CURRENT\", \"note\": \"" + FREE_TEXT.get(0) + "\"}")
                .replace(
                        "\"indicators\":",
                        "\"perpetrators\": [{\"nickname\": \"" + FREE_TEXT.get(1) + "\", \"vehicle\": \""
                                + FREE_TEXT.get(2)
                                + "\"}], \"locationsOfConcern\": [{\"type\": \"PARK\", \"description\": \""
                                + FREE_TEXT.get(3)
                                + "\"}], \"professionalJudgement\": {\"direction\": \"RAISE\", \"level\": \"SIGNIFICANT\","
                                + " \"rationale\": \"" + FREE_TEXT.get(4) + "\"}, \"indicators\":");
        HttpJson.Answer answer = http().post("/api/v1/triage", referral);
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return UUID.fromString(answer.json().get("decisionId").asString());
    }

    private List<String> searchByChild() {
        List<String> ids = new ArrayList<>();
        as(DemoClients.AUDITOR)
                .send("GET", "/api/v1/decisions", Map.of("Mset-Child-Ref", CHILD))
                .json()
                .get("items")
                .forEach(item -> ids.add(item.get("decisionId").asString()));
        return ids;
    }

    /**
     * Every table.column of the schema whose text holds any of the values. Written for H2 and PostgreSQL
     * alike: their schema names differ in case, PostgreSQL's TEXT stands for H2's CLOB, and each quotes back
     * the names in the case its catalogue gives.
     */
    private List<String> columnsHolding(List<String> values) {
        List<String> holding = new ArrayList<>();
        jdbc.sql("""
                SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS
                WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC'
                  AND UPPER(DATA_TYPE) IN ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT', 'TEXT')
                """)
                .query((row, n) -> List.of(row.getString(1), row.getString(2)))
                .list()
                .forEach(column -> {
                    for (String value : values) {
                        long rows = jdbc.sql("SELECT COUNT(*) FROM \"" + column.get(0) + "\" WHERE CAST(\""
                                        + column.get(1) + "\" AS VARCHAR) LIKE :value")
                                .param("value", "%" + value + "%")
                                .query(Long.class)
                                .single();
                        if (rows > 0) {
                            holding.add(column.get(0) + "." + column.get(1) + " holds " + value);
                        }
                    }
                });
        return holding;
    }
}
