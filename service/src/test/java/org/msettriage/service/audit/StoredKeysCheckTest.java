package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.msettriage.service.store.HashBytes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * A database written with one set of keys, started with another: the service refuses, naming the key,
 * before it seals or encrypts anything with the wrong one.
 */
class StoredKeysCheckTest {

    @TempDir
    Path dataDir;

    private JdbcClient jdbc;

    private static AuditKeys keys(String encryption, String childRef, String seal) {
        return keys(encryption, childRef, seal, AuditKeysTest.IDENTIFIER);
    }

    private static AuditKeys keys(String encryption, String childRef, String seal, String identifier) {
        return new AuditKeys(AuditKeysTest.settings(encryption, childRef, seal, identifier), new MockEnvironment());
    }

    private static final AuditKeys WRITTEN_WITH =
            keys(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL);

    @BeforeEach
    void aStoreWrittenWithTheFirstKeys() {
        OldStore store = OldStore.h2(dataDir);
        store.migrateToThisBuild();
        jdbc = JdbcClient.create(store.dataSource());
    }

    private void storeSealedDecision(String childRef) {
        SealedRows.decision(jdbc, WRITTEN_WITH, childRef);
    }

    private static PersonalContent content(AuditKeys keys) {
        return new PersonalContent(new FieldCipher(keys), new ChildRefHash(keys));
    }

    private void start(AuditKeys keys) {
        new StoredKeysCheck(jdbc, keys, content(keys), new IdentifierHash(keys));
    }

    @Test
    void anEmptyStoreStartsWithAnyKeys() {
        assertThatCode(() -> start(keys(AuditKeysTest.OWN, AuditKeysTest.OTHER_OWN, AuditKeysTest.ENCRYPTION)))
                .doesNotThrowAnyException();
    }

    @Test
    void theKeysTheStoreWasWrittenWithStartIt() {
        storeSealedDecision("child-1");
        storeSealedDecision("child-2");

        assertThatCode(() -> start(WRITTEN_WITH)).doesNotThrowAnyException();
    }

    @Test
    void anotherSealKeyIsRefusedByName() {
        storeSealedDecision("child-1");

        assertThatThrownBy(() -> start(keys(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.OWN)))
                .hasMessageStartingWith("mset.audit.seal-key is not the key this database's chain was sealed with")
                .hasMessageNotContaining("encryption-key")
                .hasMessageContaining("a restored backup needs the keys it was made with");
    }

    @Test
    void anotherEncryptionOrChildReferenceKeyIsRefusedByName() {
        storeSealedDecision("child-1");

        assertThatThrownBy(() -> start(keys(AuditKeysTest.OWN, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL)))
                .hasMessageStartingWith("mset.audit.encryption-key is not the key this database's personal content");
        assertThatThrownBy(() -> start(keys(AuditKeysTest.ENCRYPTION, AuditKeysTest.OWN, AuditKeysTest.SEAL)))
                .hasMessageStartingWith("mset.audit.child-ref-key is not the key this database's child references");
    }

    @Test
    void anotherIdentifierKeyIsRefusedByName() {
        SealedRows.decisionNaming(jdbc, WRITTEN_WITH, "child-1", "Big Zed");
        storeSealedDecision("child-2");
        AuditKeys otherIdentifierKey =
                keys(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL, AuditKeysTest.OWN);

        assertThatCode(() -> start(WRITTEN_WITH)).doesNotThrowAnyException();
        assertThatThrownBy(() -> start(otherIdentifierKey))
                .hasMessageStartingWith("mset.audit.identifier-key is not the key this database's names were hashed"
                        + " with: the names in the newest decisions that gave any (1 tried) do not hash to the hashes"
                        + " stored for them");
    }

    @Test
    void theIdentifierKeyIsCheckedByTheNamesAsTheLinksNormaliseThem() {
        // Stored as the service stores it: normalised before hashing; the referral keeps the words as given.
        SealedRows.decisionNaming(jdbc, WRITTEN_WITH, "child-1", "  BIG zed! ");

        assertThatCode(() -> start(WRITTEN_WITH)).doesNotThrowAnyException();
    }

    @Test
    void decisionsThatNamedNobodyLeaveTheIdentifierKeyUnchecked() {
        storeSealedDecision("child-1");
        AuditKeys otherIdentifierKey =
                keys(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL, AuditKeysTest.OWN);

        assertThatCode(() -> start(otherIdentifierKey)).doesNotThrowAnyException();
    }

    @Test
    void oneRecordAlteredInTheDatabaseDoesNotStopTheService() {
        storeSealedDecision("child-1");
        UUID newest = SealedRows.decision(jdbc, WRITTEN_WITH, "child-2");
        // The newest seal and the newest content altered: verification names them; the start goes on. By
        // id: the two may be stored within one millisecond, and altering both would be two records.
        jdbc.sql("UPDATE decision_seal SET chain_mac = :mac WHERE position = 2")
                .param("mac", HashBytes.of("0".repeat(64)))
                .update();
        jdbc.sql("UPDATE decision SET child_ref_hash = :other WHERE decision_id = :id")
                .param("other", HashBytes.of("1".repeat(64)))
                .param("id", newest)
                .update();

        assertThatCode(() -> start(WRITTEN_WITH)).doesNotThrowAnyException();
    }
}
