package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A store made before migration 39 keeps its hashes as 64 characters of hex: migration 39 keeps the same
 * hashes as their 32 bytes, leaves a decision whose content retention removed without any, and makes the
 * lookups' indexes again on the converted columns.
 */
class HashesKeptAsBytesTest {

    private static final OffsetDateTime DAY = OffsetDateTime.of(2026, 11, 2, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final String CHILD = "3f".repeat(32);
    private static final String REFERRAL = "0a1b2c3d".repeat(8);
    private static final String PERSONAL = "e5".repeat(32);
    private static final String PERSON = "77".repeat(31) + "01";
    private static final String VEHICLE = "00".repeat(31) + "ff";
    private static final String RULESET = "9c".repeat(32);

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    @Test
    void hashesKeptAsHexAreKeptAsTheirBytesAndStillFoundByTheirIndexes() {
        OldStore store = store();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        store.flyway().target("38").load().migrate();
        UUID kept = decision(jdbc, CHILD, REFERRAL, PERSONAL);
        UUID removed = decision(jdbc, null, null, null);
        // Altered in the database into what the service never writes: the upgrade goes on, and neither
        // becomes a hash that matches (capitals of a real one included), so verification reports them.
        UUID capitals = decision(jdbc, CHILD.toUpperCase(Locale.ROOT), null, null);
        UUID words = decision(jdbc, "not a hash", null, null);
        identifier(jdbc, kept, PERSON);
        identifier(jdbc, kept, VEHICLE);

        store.flyway()
                .javaMigrations(new HashesKeptAsBytes())
                .target("39")
                .load()
                .migrate();

        Map<String, Object> row = jdbc.sql("SELECT child_ref_hash, referral_ref_hash, personal_sha256, ruleset_sha256"
                        + " FROM decision WHERE decision_id = :id")
                .param("id", kept)
                .query((r, n) -> Map.<String, Object>of(
                        "child",
                        r.getBytes(1),
                        "referral",
                        r.getBytes(2),
                        "personal",
                        r.getBytes(3),
                        "ruleset",
                        r.getBytes(4)))
                .single();
        assertThat(row)
                .containsEntry("child", bytes(CHILD))
                .containsEntry("referral", bytes(REFERRAL))
                .containsEntry("personal", bytes(PERSONAL))
                .containsEntry("ruleset", bytes(RULESET));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision WHERE decision_id = :id AND child_ref_hash IS NULL"
                                + " AND referral_ref_hash IS NULL AND personal_sha256 IS NULL")
                        .param("id", removed)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        for (UUID altered : List.of(capitals, words)) {
            assertThat(jdbc.sql("SELECT child_ref_hash FROM decision WHERE decision_id = :id")
                            .param("id", altered)
                            .query((r, n) -> r.getBytes(1))
                            .single())
                    .hasSize(32)
                    .isNotEqualTo(bytes(CHILD));
        }
        // Found by the bytes, as the service now asks.
        assertThat(jdbc.sql("SELECT decision_id FROM decision WHERE child_ref_hash = :child")
                        .param("child", HashBytes.of(CHILD))
                        .query(UUID.class)
                        .list())
                .containsExactly(kept);
        assertThat(jdbc.sql("SELECT identifier_hash, child_ref_hash FROM decision_identifier"
                                + " WHERE identifier_hash = :hash")
                        .param("hash", HashBytes.of(PERSON))
                        .query((r, n) -> HashBytes.hex(r, 1) + " " + HashBytes.hex(r, 2))
                        .list())
                .containsExactly(PERSON + " " + CHILD);
        assertThat(indexesOn(store, jdbc, "decision_identifier")).contains("decision_identifier_links");
        assertThat(indexesOn(store, jdbc, "decision")).contains("decision_child_ref", "decision_referral_ref");
        assertThat(jdbc.sql(
                                "SELECT LOWER(column_name) || ' ' || is_nullable FROM information_schema.columns"
                                        + " WHERE LOWER(table_name) = 'decision_identifier' AND LOWER(column_name) LIKE '%hash'")
                        .query(String.class)
                        .list())
                .as("an identifier row still needs its identifier")
                .containsExactlyInAnyOrder("identifier_hash NO", "child_ref_hash YES");
    }

    private static List<String> indexesOn(OldStore store, JdbcClient jdbc, String table) {
        return store.vendor().equals("h2")
                ? jdbc.sql("SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = UPPER(:t)")
                        .param("t", table)
                        .query(String.class)
                        .list()
                : jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = :t")
                        .param("t", table)
                        .query(String.class)
                        .list();
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static UUID decision(JdbcClient jdbc, String child, String referral, String personal) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO decision (decision_id, decided_at, assessed_at, ruleset_version, ruleset_sha256,
                                      risk_level, fired_rules_json, local_authority, pathway, pre_mset_eligible,
                                      mset_panel_eligible, child_ref_hash, referral_ref_hash, personal_sha256)
                VALUES (:id, :at, :at, '2026.12.2', :sha, 'MODERATE', '{}', 'GATESHEAD', 'PRE_MSET', TRUE, FALSE,
                        :child, :referral, :personal)
                """)
                .param("id", id)
                .param("at", DAY)
                .param("sha", RULESET)
                .param("child", child)
                .param("referral", referral)
                .param("personal", personal)
                .update();
        return id;
    }

    private static void identifier(JdbcClient jdbc, UUID decision, String hash) {
        jdbc.sql("""
                INSERT INTO decision_identifier (identifier_hash, assessed_at, decision_id, child_ref_hash,
                                                 local_authority)
                SELECT :hash, assessed_at, decision_id, child_ref_hash, local_authority FROM decision
                WHERE decision_id = :id
                """).param("hash", hash).param("id", decision).update();
    }
}
