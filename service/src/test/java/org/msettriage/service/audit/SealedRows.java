package org.msettriage.service.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.msettriage.rules.links.Identifiers;
import org.msettriage.rules.links.LinkPolicy;
import org.msettriage.rules.referral.Referral;
import org.msettriage.service.store.HashBytes;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Rows as the service writes them with a set of keys: a decision, its content and its seal at the end. */
final class SealedRows {

    private SealedRows() {}

    /** A decision about the child, its content protected and its seal made with the keys given. */
    static UUID decision(JdbcClient jdbc, AuditKeys keys, String childRef) {
        return decision(jdbc, keys, childRef, "{\"childRef\": \"" + childRef + "\"}");
    }

    /**
     * A decision about the child whose referral names a perpetrator by the nickname given, with the
     * identifier row the service stores for it (the name hashed with the keys' identifier key).
     */
    static UUID decisionNaming(JdbcClient jdbc, AuditKeys keys, String childRef, String nickname) {
        UUID id = decision(
                jdbc,
                keys,
                childRef,
                "{\"childRef\": \"" + childRef + "\", \"perpetrators\": [{\"nickname\": \"" + nickname + "\"}]}");
        Referral referral = JsonMapper.builder()
                .build()
                .readValue("{\"perpetrators\": [{\"nickname\": \"" + nickname + "\"}]}", Referral.class)
                .withDefaults(OffsetDateTime.now(ZoneOffset.UTC));
        String key =
                Identifiers.of(referral, new LinkPolicy(365, Set.of())).get(0).key();
        jdbc.sql("""
                INSERT INTO decision_identifier (identifier_hash, assessed_at, decision_id, child_ref_hash)
                SELECT :hash, decided_at, decision_id, child_ref_hash FROM decision WHERE decision_id = :id
                """)
                .param("hash", stored(jdbc, new IdentifierHash(keys).of(key)))
                .param("id", id)
                .update();
        return id;
    }

    /** A hash as the store keeps it: as hex text before migration 39, as bytes since. */
    private static Object stored(JdbcClient jdbc, String hex) {
        boolean asBytes = jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '39'")
                        .query(Long.class)
                        .single()
                > 0;
        return asBytes ? HashBytes.of(hex) : hex;
    }

    private static UUID decision(JdbcClient jdbc, AuditKeys keys, String childRef, String request) {
        UUID id = UUID.randomUUID();
        PersonalContent content = new PersonalContent(new FieldCipher(keys), new ChildRefHash(keys));
        PersonalContent.Protected stored = content.protect(id, childRef, request, "{}");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("""
                INSERT INTO decision (decision_id, decided_at, ruleset_version, ruleset_sha256, risk_level,
                                      fired_rules_json, request_sealed, child_ref_hash)
                VALUES (:id, :at, '2026.12.2', :sha, 'NONE', '{}', :request, :child)
                """)
                .param("id", id)
                .param("at", now)
                .param("sha", stored(jdbc, "0".repeat(64)))
                .param("request", stored.request())
                .param("child", stored(jdbc, stored.childRefHash()))
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
                .param("sha", stored(jdbc, seal.recordSha256()))
                .param("previous", stored(jdbc, seal.previousChainMac()))
                .param("mac", stored(jdbc, seal.chainMac()))
                .param("at", now)
                .update();
        return id;
    }
}
