package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The seal covers personal content through the digest of its ciphertext, not of its plaintext: content
 * written again by someone holding the encryption key but not the seal key, even word for word the same,
 * is named by verification. This is why the encryption key cannot be replaced by re-encrypting the store
 * (docs/operations.md, "Replacing the encryption key"): every re-encrypted value would read as altered.
 */
class SealCoversCiphertextTest {

    private static final String REQUEST = "{\"childRef\": \"seal-covers-ciphertext\"}";
    private static final OffsetDateTime DECIDED = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private final PersonalContent written = content(AuditKeysTest.ENCRYPTION);
    private final PersonalContent underANewKey = content(AuditKeysTest.OWN);

    private static PersonalContent content(String encryptionKey) {
        AuditKeys keys = new AuditKeys(
                AuditKeysTest.settings(encryptionKey, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL),
                new MockEnvironment());
        return new PersonalContent(new FieldCipher(keys), new ChildRefHash(keys));
    }

    private static SealedDecision sealedWith(UUID decisionId, PersonalContent.Protected stored) {
        return new SealedDecision(
                decisionId,
                DECIDED,
                DECIDED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                stored.sha256());
    }

    private static StoredContent kept(PersonalContent.Protected stored) {
        return new StoredContent(true, stored.childRefHash(), stored.request(), stored.response(), null);
    }

    private static String problem(SealedDecision sealed, PersonalContent.Protected stored) {
        return kept(stored)
                .problem(sealed, Duration.ofDays(2192), Map.of(), DECIDED.plusDays(1))
                .orElse(null);
    }

    @Test
    void aDecisionsContentEncryptedAgainUnderANewKeyNoLongerMatchesItsSeal() {
        UUID id = UUID.randomUUID();
        PersonalContent.Protected first = written.protect(id, "seal-covers-ciphertext", REQUEST, "{}");
        SealedDecision sealed = sealedWith(id, first);
        PersonalContent.Protected again = underANewKey.protect(id, "seal-covers-ciphertext", REQUEST, "{}");

        assertThat(problem(sealed, first)).isNull();
        assertThat(underANewKey.request(id, again.request())).isEqualTo(written.request(id, first.request()));
        assertThat(problem(sealed, again)).isEqualTo("its personal content differs from what was sealed");
    }

    @Test
    void aReasonOrCommentEncryptedAgainUnderANewKeyNoLongerMatchesItsSeal() {
        String boundTo = "access-reason:" + UUID.randomUUID();
        String first = written.encryptText("checking a referral", boundTo);
        String sealedSha256 = PersonalDigest.ofEncryptedText(first);
        String again = underANewKey.encryptText("checking a referral", boundTo);

        assertThat(RemovableText.problem(first, sealedSha256, false, "its reason"))
                .isEmpty();
        assertThat(underANewKey.decryptText(again, boundTo)).isEqualTo(written.decryptText(first, boundTo));
        assertThat(RemovableText.problem(again, sealedSha256, false, "its reason"))
                .contains("its reason differs from what was sealed");
    }
}
