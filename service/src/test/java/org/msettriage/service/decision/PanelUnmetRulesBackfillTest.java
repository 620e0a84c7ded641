package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.MigrationContexts;
import org.msettriage.service.audit.FiredRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration 36.1 on a migrated store of its own, with decisions written straight into it: the policy's rules
 * that refused the panel are read from the fired rules, packed or kept as JSON, whether or not retention
 * removed the content; a decision the panel took, or one none of those rules fired in, keeps null.
 */
class PanelUnmetRulesBackfillTest {

    private DataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void migratedStore() {
        dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:panel-unmet-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void theRulesThatRefusedThePanelAreReadFromTheFiredRules() throws Exception {
        UUID packed = decision(false, "{\"PRE_MISSING\":1,\"NOT_LEVEL\":1,\"NOT_ADDS_VALUE\":1}", true);
        UUID asJson = decision(false, "{\"NOT_INDICATED\":1,\"NOT_PRE_MSET\":1,\"NOT_LEVEL\":1}", false);
        UUID removed = decision(false, "{\"NOT_ADDS_VALUE\":2}", true);
        jdbc.sql("UPDATE decision SET personal_removed_at = decided_at, gender = NULL WHERE decision_id = :id")
                .param("id", removed)
                .update();

        backfill();

        assertThat(unmet(packed)).isEqualTo("NOT_ADDS_VALUE,NOT_LEVEL");
        assertThat(unmet(asJson)).isEqualTo("NOT_LEVEL,NOT_PRE_MSET");
        assertThat(unmet(removed)).isEqualTo("NOT_ADDS_VALUE");
    }

    @Test
    void aDecisionThePanelTookOrNoneOfThePolicysRulesRefusedKeepsNull() throws Exception {
        UUID eligible = decision(true, "{\"ADDS_LOCATION\":1,\"NOT_LEVEL\":1}", true);
        UUID unknown = decision(false, "{\"NOT_SOME_LATER_RULE\":1}", true);

        backfill();

        assertThat(unmet(eligible)).isNull();
        assertThat(unmet(unknown)).as("not recorded").isNull();
    }

    @Test
    void aDecisionAlreadyHoldingItsRulesIsLeftAsItIs() throws Exception {
        UUID written = decision(false, "{\"NOT_LEVEL\":1,\"NOT_ADDS_VALUE\":1}", true);
        jdbc.sql("UPDATE decision SET panel_unmet_rules = 'NOT_LEVEL' WHERE decision_id = :id")
                .param("id", written)
                .update();

        backfill();

        assertThat(unmet(written)).isEqualTo("NOT_LEVEL");
    }

    private void backfill() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new PanelUnmetRulesBackfill().migrate(MigrationContexts.on(connection));
        }
    }

    private UUID decision(boolean panelEligible, String firedRules, boolean packed) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-12T10:00:00Z");
        jdbc.sql("""
                INSERT INTO decision (decision_id, decided_at, assessed_at, ruleset_version, ruleset_sha256,
                                      risk_level, fired_rules_json, fired_rules_packed, local_authority, pathway,
                                      pre_mset_eligible, mset_panel_eligible, caller_method, caller_name, gender)
                VALUES (:id, :at, :at, '2026.12.2', :sha, 'EMERGING', :json, :packed, 'SUNDERLAND', 'PRE_MSET',
                        TRUE, :panel, 'API_KEY', 'test', 'FEMALE')
                """)
                .param("id", id)
                .param("at", at)
                .param("sha", "0".repeat(64))
                .param("json", packed ? null : firedRules)
                .param("packed", packed ? FiredRules.pack(firedRules) : null)
                .param("panel", panelEligible)
                .update();
        return id;
    }

    private String unmet(UUID id) {
        return jdbc.sql("SELECT panel_unmet_rules FROM decision WHERE decision_id = :id")
                .param("id", id)
                .query(String.class)
                .list()
                .get(0);
    }
}
