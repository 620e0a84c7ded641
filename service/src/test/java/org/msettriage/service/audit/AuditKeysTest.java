package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.problem.UnreadableContentException;
import org.springframework.mock.env.MockEnvironment;

/** The audit keys are checked at start, every mistake named; the published demo keys never reach production. */
class AuditKeysTest {

    static final String ENCRYPTION = "X9s6RPpTLN8ew0PIVCEC7YelPL3rqYDog+VvAj1bW9Q=";
    static final String CHILD_REF = "TdDQRzGaXtvGto7BwcZ6Cr3Uq2Pqf+kd3jvnKPk+1Dw=";
    static final String SEAL = "EuKltEXfE71wWQqWtw80//fkZwbtL5m3aks1KcVPf44=";
    static final String IDENTIFIER = "3Wq0m8c9yq3p0XhJ1vQkS0b1s5dY2mA6tq1n4bq7ZrM=";
    static final String OWN = "q0Xn3m4Yt5c6b7a8d9e0f1g2h3i4j5k6l7m8n9o0p1E=";
    static final String OTHER_OWN = "Zm9ydHktdHdvIGlzIG5vdCB0aGUgYW5zd2VyIGhlcmU=";

    static AuditSettings settings(String encryption, String childRef, String seal) {
        return settings(encryption, childRef, seal, IDENTIFIER);
    }

    static AuditSettings settings(String encryption, String childRef, String seal, String identifier) {
        return new AuditSettings(
                encryption,
                childRef,
                seal,
                identifier,
                Duration.ofDays(2192),
                Duration.ofHours(1),
                Duration.ofMillis(250),
                null);
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        assertThatThrownBy(
                        () -> new AuditKeys(settings("", "bm90IDMyIGJ5dGVz", "not base64!", ""), new MockEnvironment()))
                .hasMessageContaining("mset.audit.encryption-key must be 32 random bytes")
                .hasMessageContaining("mset.audit.child-ref-key must be 32 random bytes")
                .hasMessageContaining("mset.audit.seal-key must be 32 random bytes")
                .hasMessageContaining("mset.audit.identifier-key must be 32 random bytes");
        assertThatThrownBy(() -> new AuditKeys(settings(OWN, OWN, SEAL), new MockEnvironment()))
                .hasMessageContaining("must be four different keys");
        // The identifier key is a key of its own: never the child-reference key, whose hashes it would match.
        assertThatThrownBy(() -> new AuditKeys(settings(ENCRYPTION, OWN, SEAL, OWN), new MockEnvironment()))
                .hasMessageContaining("must be four different keys");
    }

    @Test
    void theProductionProfileRefusesThePublishedKeys() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");

        assertThatThrownBy(() -> new AuditKeys(settings(ENCRYPTION, CHILD_REF, OWN), production))
                .hasMessageContaining("refuses to start with the published demo audit keys")
                .hasMessageContaining("mset.audit.child-ref-key")
                .hasMessageContaining("mset.audit.encryption-key");
        assertThatThrownBy(
                        () -> new AuditKeys(settings(OWN, OTHER_OWN, SEAL.replace('E', 'F'), IDENTIFIER), production))
                .hasMessageContaining("refuses to start with the published demo audit keys")
                .hasMessageContaining("mset.audit.identifier-key");
        assertThat(new AuditKeys(settings(ENCRYPTION, CHILD_REF, SEAL), new MockEnvironment()))
                .isNotNull();
    }

    @Test
    void contentIsBoundToWhatItBelongsTo() {
        FieldCipher cipher =
                new FieldCipher(new AuditKeys(settings(ENCRYPTION, CHILD_REF, SEAL), new MockEnvironment()));
        String id = UUID.randomUUID().toString();
        String sealed = cipher.encrypt("a note about a child", "request:" + id);

        assertThat(sealed).startsWith("v1:").doesNotContain("note");
        assertThat(cipher.encrypt("a note about a child", "request:" + id))
                .as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(cipher.decrypt(sealed, "request:" + id)).isEqualTo("a note about a child");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "response:" + id))
                .isInstanceOf(UnreadableContentException.class);
        String altered = sealed.substring(0, sealed.length() - 6) + (sealed.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
        assertThatThrownBy(() -> cipher.decrypt(altered, "request:" + id))
                .isInstanceOf(UnreadableContentException.class);
    }
}
