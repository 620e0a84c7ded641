package org.msettriage.service.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration 23 gives each identifier row stored before it its decision's child and local authority, which
 * links are now counted from, and drops any row of a decision whose content was removed.
 */
class IdentifierRowsChildMigrationTest {

    private static final String CHILD = "c".repeat(64);
    private static final String NAME = "a".repeat(64);

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    @Test
    void rowsStoredBeforeCarryTheirDecisionsChildAndLocalAuthority() {
        OldStore store = store();
        DriverManagerDataSource dataSource = store.dataSource();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // The SQL migrations only: the Java ones fill columns of rows this test writes itself.
        store.flyway().target("22").load().migrate();
        UUID kept = decision(jdbc, CHILD, null);
        UUID removed = decision(jdbc, null, "CURRENT_TIMESTAMP");
        identifierRow(jdbc, kept);
        identifierRow(jdbc, removed);

        store.flyway().target("24").load().migrate();

        assertThat(jdbc.sql("SELECT decision_id, child_ref_hash, local_authority FROM decision_identifier")
                        .query((row, n) -> Map.of(
                                "decision", row.getObject(1, UUID.class),
                                "child", row.getString(2),
                                "authority", row.getString(3)))
                        .list())
                .containsExactly(Map.of("decision", kept, "child", CHILD, "authority", "GATESHEAD"));
    }

    private static UUID decision(JdbcClient jdbc, String childRefHash, String removedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO decision (decision_id, assessed_at, decided_at, ruleset_version, ruleset_sha256,"
                        + " risk_level, fired_rules_json, child_ref_hash, local_authority, personal_removed_at)"
                        + " VALUES (:id, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '2026.12.2', :sha, 'SIGNIFICANT',"
                        + " '{}', :child, 'GATESHEAD', " + (removedAt == null ? "NULL" : removedAt) + ")")
                .param("id", id)
                .param("sha", "0".repeat(64))
                .param("child", childRefHash)
                .update();
        return id;
    }

    private static void identifierRow(JdbcClient jdbc, UUID decisionId) {
        jdbc.sql("INSERT INTO decision_identifier (identifier_hash, assessed_at, decision_id)"
                        + " VALUES (:hash, CURRENT_TIMESTAMP, :id)")
                .param("hash", NAME)
                .param("id", decisionId)
                .update();
    }
}
