package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.MigrationContexts;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.audit.RetentionPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Triage stores, with a screened referral the panel refused, the eligibility rules that refused it; migration
 * 36.1 gives a decision stored without them the very same, from its fired rules; and the end of the
 * retention period keeps them, as they say nothing about the child; the reports API counts them by rule. A
 * store of its own, as retention runs.
 */
@TestPropertySource(properties = "test.store=panel-unmet-rules")
class PanelUnmetRulesStoredTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PanelUnmetRulesBackfill backfill;

    @Autowired
    RetentionPeriod retention;

    @Test
    void aScreenedReferralThePanelRefusedKeepsItsRulesThroughBackfillAndRetention() throws Exception {
        HttpJson.Answer created = http().post("/api/v1/triage", resource("/analysis/referral-screened-not-panel.json"));
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        assertThat(created.json().at("/preMset/eligible").asBoolean()).isTrue();
        UUID id = UUID.fromString(created.json().get("decisionId").asString());
        assertThat(unmet(id)).isEqualTo("NOT_ADDS_VALUE,NOT_LEVEL");

        jdbc.sql("UPDATE decision SET panel_unmet_rules = NULL WHERE decision_id = :id")
                .param("id", id)
                .update();
        try (Connection connection = dataSource.getConnection()) {
            backfill.migrate(MigrationContexts.on(connection));
        }
        assertThat(unmet(id)).isEqualTo("NOT_ADDS_VALUE,NOT_LEVEL");

        assertThat(retention.removeExpired(OffsetDateTime.now(ZoneOffset.UTC).plusYears(10)))
                .isGreaterThanOrEqualTo(1);
        Map<String, Object> after = jdbc.sql("SELECT gender, panel_unmet_rules FROM decision WHERE decision_id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(after.get("GENDER")).as("the profile goes").isNull();
        assertThat(after.get("PANEL_UNMET_RULES")).as("the rules stay").isEqualTo("NOT_ADDS_VALUE,NOT_LEVEL");
    }

    @Test
    void aReferralThePanelTookStoresNoRules() {
        HttpJson.Answer created = http().post("/api/v1/triage", resource("/analysis/referral-panel-eligible.json"));
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        assertThat(created.json().at("/msetPanel/eligible").asBoolean()).isTrue();

        assertThat(unmet(UUID.fromString(created.json().get("decisionId").asString())))
                .isNull();
    }

    @Test
    void theReportsApiCountsTheRefusalsByRuleWithItsTitle() {
        for (int i = 0; i < 5; i++) {
            HttpJson.Answer created =
                    http().post("/api/v1/triage", resource("/analysis/referral-screened-not-panel.json"));
            assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        }

        HttpJson.Answer report = as(DemoClients.ANALYST)
                .get("/api/v1/reports/decisions?dateBasis=assessed&decidedFrom=2026-11-12&decidedBefore=2026-11-13");

        assertThat(report.status()).as(report.response().body()).isEqualTo(200);
        JsonNode refusals = report.json().get("panelRefusals");
        assertThat(refusals.get("notReached").asLong())
                .as("5, or 6 with the other test's, rounds to 5")
                .isEqualTo(5);
        assertThat(refusals.get("notRecorded").asLong()).isZero();
        assertThat(refusals.get("reasons").get(0).get("ruleId").asString()).isEqualTo("NOT_LEVEL");
        assertThat(refusals.get("reasons").get(0).get("title").asString())
                .isEqualTo("The panel considers Moderate and Significant risk only");
        assertThat(refusals.get("reasons").get(0).get("decisions").asLong()).isEqualTo(5);
        assertThat(refusals.get("reasons").get(1).get("ruleId").asString()).isEqualTo("NOT_ADDS_VALUE");
        assertThat(refusals.get("reasons").get(1).get("title").asString())
                .isEqualTo("The panel needs something it can add");
        assertThat(refusals.get("reasons")).hasSize(2);
    }

    private String unmet(UUID id) {
        return jdbc.sql("SELECT panel_unmet_rules FROM decision WHERE decision_id = :id")
                .param("id", id)
                .query(String.class)
                .list()
                .get(0);
    }

    private static String resource(String path) {
        try (InputStream in = PanelUnmetRulesStoredTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
