package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identifier key replaced on rows the service wrote through the API: two children's referrals naming
 * the same person and vehicle stay linked under the new key, the start's key check then accepts the new key
 * and refuses the old, and a wrong previous key changes nothing. Its own database, left with the new key.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=identifier-rehash")
class IdentifierRehashTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource database;

    @Autowired
    AuditKeys keys;

    @Autowired
    PersonalContent content;

    @Test
    void theLinksSurviveANewKeyAndAWrongPreviousKeyChangesNothing() {
        post("rehash-amy", "{\"nickname\": \"Zed Rehash\", \"vehicle\": \"ab12 cde\", \"isAdult\": true}");
        post("rehash-ben", "{\"nickname\": \"zed rehash\", \"isAdult\": true}");
        List<String> before = rows();
        AuditKeys next = new AuditKeys(
                AuditKeysTest.settings(
                        AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL, AuditKeysTest.OWN),
                new MockEnvironment());

        // The service under test runs on this database: a command would be refused, by its lease.
        assertThat(IdentifierRehash.liveInstances(database)).isNotEmpty();
        byte[] wrong = Base64.getDecoder().decode(AuditKeysTest.OTHER_OWN);
        assertThatThrownBy(() -> IdentifierRehash.offline(database, next, wrong).rehash())
                .isInstanceOf(IdentifierRehash.PreviousKeyRefused.class)
                .hasMessageEndingWith("Nothing was changed.");
        assertThat(rows()).isEqualTo(before);

        IdentifierRehash.Result done =
                IdentifierRehash.offline(database, next, keys.identifier()).rehash();

        assertThat(done.unmatched()).isZero();
        assertThat(done.rows()).isEqualTo(before.size());
        assertThat(done.decisions()).isEqualTo(2);
        Set<String> after = new HashSet<>(hashes());
        assertThat(after).doesNotContainAnyElementsOf(hashesOf(before));
        // The person both referrals name is still one hash, linking the two children.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT identifier_hash FROM decision_identifier"
                                + " GROUP BY identifier_hash HAVING COUNT(DISTINCT child_ref_hash) = 2) linked")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThatCode(() -> new StoredKeysCheck(jdbc, next, content, new IdentifierHash(next)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new StoredKeysCheck(jdbc, keys, content, new IdentifierHash(keys)))
                .hasMessageStartingWith("mset.audit.identifier-key is not the key");
        assertThatThrownBy(() -> IdentifierRehash.offline(database, next, next.identifier()))
                .isInstanceOf(IdentifierRehash.SameKey.class)
                .hasMessageContaining("is the one configured now");
    }

    private void post(String childRef, String perpetrator) {
        ObjectNode referral = (ObjectNode) HttpJson.JSON.readTree(TriageRoundTripTestReferral.json());
        referral.put("childRef", childRef);
        referral.remove("locationsOfConcern");
        referral.set("perpetrators", HttpJson.JSON.readTree("[" + perpetrator + "]"));
        HttpJson.Answer answer = http().post("/api/v1/triage", referral.toString());
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
    }

    private List<String> rows() {
        return jdbc
                .sql("SELECT decision_id, identifier_hash FROM decision_identifier")
                .query((row, n) -> row.getString(1) + " " + HashBytes.hex(row, 2))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private List<String> hashes() {
        return jdbc.sql("SELECT identifier_hash FROM decision_identifier")
                .query((row, n) -> HashBytes.hex(row, 1))
                .list();
    }

    private static Set<String> hashesOf(List<String> rows) {
        Set<String> hashes = new HashSet<>();
        rows.forEach(row -> hashes.add(row.substring(row.indexOf(' ') + 1)));
        return hashes;
    }
}
