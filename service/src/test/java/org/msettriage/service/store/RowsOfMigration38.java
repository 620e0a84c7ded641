package org.msettriage.service.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows written as a build at migration 38 wrote them: every hash as 64 characters of hex. */
public final class RowsOfMigration38 {

    /** The day each row is decided and assessed on. */
    static final OffsetDateTime DAY = OffsetDateTime.of(2026, 11, 2, 0, 0, 0, 0, ZoneOffset.UTC);

    /** The ruleset digest each decision names. */
    static final String RULESET = "9c".repeat(32);

    private RowsOfMigration38() {}

    /** A decision with these hashes (null for one whose content retention removed); its id. */
    public static UUID decision(JdbcClient jdbc, String child, String referral, String personal) {
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

    /** An identifier the decision named, with its hash. */
    public static void identifier(JdbcClient jdbc, UUID decision, String hash) {
        jdbc.sql("""
                INSERT INTO decision_identifier (identifier_hash, assessed_at, decision_id, child_ref_hash,
                                                 local_authority)
                SELECT :hash, assessed_at, decision_id, child_ref_hash, local_authority FROM decision
                WHERE decision_id = :id
                """).param("hash", hash).param("id", decision).update();
    }
}
