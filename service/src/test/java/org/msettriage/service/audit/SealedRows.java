package org.msettriage.service.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows as the service writes them with a set of keys: a decision, its content and its seal at the end. */
final class SealedRows {

    private SealedRows() {}

    /** A decision about the child, its content protected and its seal made with the keys given. */
    static void decision(JdbcClient jdbc, AuditKeys keys, String childRef) {
        UUID id = UUID.randomUUID();
        PersonalContent content = new PersonalContent(new FieldCipher(keys), new ChildRefHash(keys));
        PersonalContent.Protected stored = content.protect(id, childRef, "{\"childRef\": \"" + childRef + "\"}", "{}");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("""
                INSERT INTO decision (decision_id, decided_at, ruleset_version, ruleset_sha256, risk_level,
                                      fired_rules_json, request_sealed, child_ref_hash)
                VALUES (:id, :at, '2026.12.2', :sha, 'NONE', '{}', :request, :child)
                """)
                .param("id", id)
                .param("at", now)
                .param("sha", "0".repeat(64))
                .param("request", stored.request())
                .param("child", stored.childRefHash())
                .update();
        long position =
                jdbc.sql("SELECT COUNT(*) FROM decision_seal").query(Long.class).single() + 1;
        Seal seal = Seal.link(keys.seal(), position, id, null, "0".repeat(64), Seal.GENESIS, now);
        jdbc.sql("""
                INSERT INTO decision_seal (position, decision_id, record_kind, previous_decision_id, record_sha256,
                                           previous_chain_mac, chain_mac, sealed_at)
                VALUES (:position, :id, 'DECISION', NULL, :sha, :previous, :mac, :at)
                """)
                .param("position", position)
                .param("id", id)
                .param("sha", seal.recordSha256())
                .param("previous", seal.previousChainMac())
                .param("mac", seal.chainMac())
                .param("at", now)
                .update();
    }
}
