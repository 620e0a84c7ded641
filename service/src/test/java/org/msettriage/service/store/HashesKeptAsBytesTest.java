package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

    private static final String CHILD = "3f".repeat(32);
    private static final String REFERRAL = "0a1b2c3d".repeat(8);
    private static final String PERSONAL = "e5".repeat(32);
    private static final String PERSON = "77".repeat(31) + "01";
    private static final String VEHICLE = "00".repeat(31) + "ff";

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
        UUID kept = RowsOfMigration38.decision(jdbc, CHILD, REFERRAL, PERSONAL);
        UUID removed = RowsOfMigration38.decision(jdbc, null, null, null);
        // Altered in the database into what the service never writes: the upgrade goes on, and neither
        // becomes a hash that matches (capitals of a real one included), so verification reports them.
        UUID capitals = RowsOfMigration38.decision(jdbc, CHILD.toUpperCase(Locale.ROOT), null, null);
        UUID words = RowsOfMigration38.decision(jdbc, "not a hash", null, null);
        RowsOfMigration38.identifier(jdbc, kept, PERSON);
        RowsOfMigration38.identifier(jdbc, kept, VEHICLE);

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
                .containsEntry("ruleset", bytes(RowsOfMigration38.RULESET));
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
}
