package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.ApiDocument;
import org.msettriage.service.HttpJson;
import org.msettriage.service.OldStore;
import org.msettriage.service.decision.ReferralReferenceBackfillAccess;
import org.msettriage.service.links.IdentifierBackfillAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * A store from before migration 6 (request and response in the clear, the child reference inside them)
 * is upgraded by migration 7: the content encrypted and readable again, the reference kept only as its
 * keyed hash, and the decision queued for its seal. Later Java migrations then fill in what their columns
 * need from the encrypted content (identifiers, 17; the referral reference, 22.1).
 */
class DecisionContentEncryptionTest {

    @TempDir
    Path dataDir;

    /** Where the old store is made: an H2 file here; a PostgreSQL database in the Postgres subclass. */
    OldStore store() {
        return OldStore.h2(dataDir);
    }

    @Test
    void plainDecisionsAreEncryptedHashedAndQueuedForSealing() {
        OldStore store = store();
        DriverManagerDataSource dataSource = store.dataSource();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        store.flyway().target("5").load().migrate();
        UUID id = UUID.randomUUID();
        String request = HttpJson.JSON.writeValueAsString(ApiDocument.exampleReferral());
        String response = HttpJson.JSON.writeValueAsString(ApiDocument.exampleDecision());
        jdbc.sql("""
                INSERT INTO decision (decision_id, referral_id, decided_at, ruleset_version, ruleset_sha256,
                                      risk_level, request_json, response_json, fired_rules_json)
                VALUES (:id, 'REF-2026-0412', CURRENT_TIMESTAMP, '2026.12.2', :sha, 'SIGNIFICANT', :request,
                        :response, '{}')
                """)
                .param("id", id)
                .param("sha", "0".repeat(64))
                .param("request", request)
                .param("response", response)
                .update();
        AuditKeys keys = new AuditKeys(
                AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL),
                new MockEnvironment());
        PersonalContent content = new PersonalContent(new FieldCipher(keys), new ChildRefHash(keys));

        store.flyway()
                .javaMigrations(new DecisionContentEncryption(content, keys))
                .target("7")
                .load()
                .migrate();

        Map<String, Object> row = jdbc.sql("""
                SELECT child_ref_hash, request_json, response_json, personal_sha256 FROM decision
                WHERE decision_id = :id
                """).param("id", id).query().singleRow();
        assertThat(row.get("CHILD_REF_HASH")).isEqualTo(new ChildRefHash(keys).of("child-7f3a"));
        assertThat((String) row.get("REQUEST_JSON")).startsWith("v1:").doesNotContain("child-7f3a");
        FieldCipher cipher = new FieldCipher(keys);
        assertThat(cipher.decrypt((String) row.get("REQUEST_JSON"), "request:" + id))
                .isEqualTo(request);
        assertThat(cipher.decrypt((String) row.get("RESPONSE_JSON"), "response:" + id))
                .isEqualTo(response);
        assertThat(row.get("PERSONAL_SHA256"))
                .isEqualTo(
                        PersonalDigest.of((String) row.get("CHILD_REF_HASH"), (String) row.get("REQUEST_JSON"), (String)
                                row.get("RESPONSE_JSON")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_unsealed WHERE decision_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // Migration 9 moves the same ciphertext to bytes: still readable, and its digest (which the seal
        // covers) computes exactly as before, so decisions sealed before the move still verify.
        store.flyway()
                .javaMigrations(new DecisionContentEncryption(content, keys), new DecisionContentToBytes())
                // Up to the last migration before 17's bean, which the next step adds.
                .target("16")
                .load()
                .migrate();
        Map<String, Object> moved = jdbc.sql("""
                SELECT child_ref_hash, request_sealed, response_sealed, personal_sha256 FROM decision
                WHERE decision_id = :id
                """).param("id", id).query().singleRow();
        byte[] requestBytes = (byte[]) moved.get("REQUEST_SEALED");
        byte[] responseBytes = (byte[]) moved.get("RESPONSE_SEALED");
        assertThat(content.request(id, requestBytes)).isEqualTo(request);
        assertThat(content.response(id, responseBytes)).isEqualTo(response);
        assertThat(PersonalContent.digest((String) moved.get("CHILD_REF_HASH"), requestBytes, responseBytes))
                .isEqualTo(row.get("PERSONAL_SHA256"))
                .isEqualTo(moved.get("PERSONAL_SHA256"));

        // Migration 17 finds the identifiers of decisions stored before links (policy v1.1 section 10):
        // the example names "Zed" and a "silver hatchback", stored as hashes under their own key, and
        // the request is left as it was. The hashed form (kind, place type, words) is pinned here: a
        // change to it would stop every stored decision linking.
        IdentifierHash identifiers = new IdentifierHash(keys);
        store.flyway()
                .javaMigrations(
                        new DecisionContentEncryption(content, keys),
                        new DecisionContentToBytes(),
                        IdentifierBackfillAccess.of(content, identifiers),
                        ReferralReferenceBackfillAccess.of(content, new ReferralRefHash(keys)))
                .load()
                .migrate();
        assertThat(jdbc.sql("SELECT identifier_hash FROM decision_identifier WHERE decision_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        identifiers.of("PERSON\u0000\u0000zed"), identifiers.of("VEHICLE\u0000\u0000silverhatchback"));
        assertThat(jdbc.sql("SELECT request_sealed FROM decision WHERE decision_id = :id")
                        .param("id", id)
                        .query(byte[].class)
                        .single())
                .isEqualTo(requestBytes);

        // Migration 22.1 gives it the keyed hash of its referral reference, read from the encrypted request,
        // so that a search by that reference finds it as it finds decisions stored since.
        String referralId = HttpJson.JSON.readTree(request).get("referralId").asString();
        assertThat(jdbc.sql("SELECT referral_ref_hash FROM decision WHERE decision_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(new ReferralRefHash(keys).of(referralId))
                .isNotEqualTo(new ChildRefHash(keys).of(referralId))
                .matches("[0-9a-f]{64}");
    }
}
