package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.ApiDocument;
import org.msettriage.service.HttpJson;
import org.msettriage.service.OldStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A store made before migration 3 (decisions with no outcome columns and no firing rows) is upgraded:
 * migration 4 fills both from each decision's stored request and response, and leaves the stored JSON
 * as it was.
 */
class DecisionOutcomeBackfillTest {

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    @Test
    void decisionsStoredBeforeMigrationThreeGetTheirOutcomeAndFirings() {
        OldStore store = store();
        DriverManagerDataSource dataSource = store.dataSource();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        store.flyway().target("2").load().migrate();
        Object request = ApiDocument.exampleReferral();
        Object response = ApiDocument.exampleDecision();
        UUID id = UUID.randomUUID();
        String requestJson = HttpJson.JSON.writeValueAsString(request);
        jdbc.sql("""
                INSERT INTO decision (decision_id, referral_id, decided_at, ruleset_version, ruleset_sha256,
                                      risk_level, request_json, response_json, fired_rules_json)
                VALUES (:id, 'R-1', CURRENT_TIMESTAMP, '2026.12.2', :sha, 'SIGNIFICANT', :request, :response,
                        '{"INDICATOR_POINTS": 3, "SCORE": 1}')
                """)
                .param("id", id)
                .param("sha", "0".repeat(64))
                .param("request", requestJson)
                .param("response", HttpJson.JSON.writeValueAsString(response))
                .update();

        store.flyway()
                .javaMigrations(new DecisionOutcomeBackfill())
                .target("4")
                .load()
                .migrate();

        Map<String, Object> row = jdbc.sql("""
                SELECT local_authority, pathway, pre_mset_eligible, mset_panel_eligible, request_json
                FROM decision WHERE decision_id = :id
                """).param("id", id).query().singleRow();
        assertThat(row)
                .containsEntry("LOCAL_AUTHORITY", "GATESHEAD")
                .containsEntry("PATHWAY", "IMMEDIATE_SAFEGUARDING")
                .containsEntry("PRE_MSET_ELIGIBLE", true)
                .containsEntry("MSET_PANEL_ELIGIBLE", true)
                .containsEntry("REQUEST_JSON", requestJson);
        assertThat(jdbc.sql("SELECT rule_id, firings FROM decision_rule_firing WHERE decision_id = :id")
                        .param("id", id)
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                        .list())
                .containsExactlyInAnyOrder(Map.entry("INDICATOR_POINTS", 3), Map.entry("SCORE", 1));
    }
}
