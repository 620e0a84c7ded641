package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ApiDocument;
import org.msettriage.service.HttpJson;
import org.msettriage.service.problem.UnreadableContentException;
import org.springframework.mock.env.MockEnvironment;

/** The bytes a decision's content is stored as: compact, readable back exactly, and bound to their place. */
class StoredCiphertextTest {

    private final FieldCipher cipher = new FieldCipher(new AuditKeys(
            AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL),
            new MockEnvironment()));
    private final String answer = HttpJson.JSON.writeValueAsString(ApiDocument.exampleDecision());
    private final String boundTo = "response:" + UUID.randomUUID();

    @Test
    void anAnswerIsStoredCompressedAndReadBackExactly() {
        byte[] stored = cipher.encryptCompressed(answer, boundTo);

        assertThat(cipher.decryptStored(stored, boundTo)).isEqualTo(answer);
        // The example answer is about 15 KB of JSON; with the dictionary it keeps well under a fifth of that.
        assertThat(stored.length).isLessThan(answer.getBytes(StandardCharsets.UTF_8).length / 5);
    }

    @Test
    void storedBytesMovedToAnotherDecisionOrFieldDoNotDecrypt() {
        byte[] stored = cipher.encryptCompressed(answer, boundTo);

        assertThatThrownBy(() -> cipher.decryptStored(stored, "response:" + UUID.randomUUID()))
                .isInstanceOf(UnreadableContentException.class);
        assertThatThrownBy(() -> cipher.decryptStored(stored, boundTo.replace("response", "request")))
                .isInstanceOf(UnreadableContentException.class);
    }

    @Test
    void aValueThatFailsToOpenLeavesTheThreadsCipherAsGoodAsNew() {
        // Each thread reuses one cipher: a failed open (wrong place) must not affect what it does next.
        byte[] stored = cipher.encryptCompressed(answer, boundTo);
        for (int round = 0; round < 3; round++) {
            assertThatThrownBy(() -> cipher.decryptStored(stored, "response:" + UUID.randomUUID()))
                    .isInstanceOf(UnreadableContentException.class);
            byte[] next = cipher.encryptCompressed(answer + round, boundTo);
            assertThat(cipher.decryptStored(next, boundTo)).isEqualTo(answer + round);
            assertThat(cipher.decryptStored(stored, boundTo)).isEqualTo(answer);
        }
        assertThat(cipher.encryptCompressed(answer, boundTo))
                .as("a fresh nonce every time")
                .isNotEqualTo(cipher.encryptCompressed(answer, boundTo));
    }

    @Test
    void changingTheFormByteMakesTheValueUnreadableRatherThanMisread() {
        byte[] stored = cipher.encryptCompressed(answer, boundTo);
        stored[0] = 1;

        assertThatThrownBy(() -> cipher.decryptStored(stored, boundTo)).isInstanceOf(UnreadableContentException.class);
    }

    @Test
    void aValueStoredAsTextBeforeMigrationNineReadsTheSameAsBytes() {
        String asText = cipher.encrypt(answer, boundTo);
        byte[] moved = StoredCiphertext.fromText(asText);

        assertThat(cipher.decryptStored(moved, boundTo)).isEqualTo(answer);
        assertThat(StoredCiphertext.digestText(moved)).isEqualTo(asText);
    }

    @Test
    void theDictionaryIsTheOneStoredValuesWereMadeWith() {
        // Compression checks the digest as it loads; this only fails if someone changed both together.
        assertThat(Compression.DICTIONARY_SHA256)
                .isEqualTo("e2ea7d24e3ebaccd074e657c702626f245fee35c813ff4dd25d3dc78b0b71bbb");
        assertThat(new String(Compression.inflate(Compression.deflate(answer)), StandardCharsets.UTF_8))
                .isEqualTo(answer);
    }

    @Test
    void aValueDeflatedAtAnotherLevelReadsTheSame() throws IOException {
        // Values stored before the level changed were deflated at zlib's default, with the same dictionary.
        Deflater earlier = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try (InputStream dictionary = Compression.class.getResourceAsStream(Compression.DICTIONARY)) {
            earlier.setDictionary(dictionary.readAllBytes());
        }
        earlier.setInput(answer.getBytes(StandardCharsets.UTF_8));
        earlier.finish();
        byte[] buffer = new byte[answer.length() * 2];
        int length = earlier.deflate(buffer);
        earlier.end();

        assertThat(new String(Compression.inflate(Arrays.copyOf(buffer, length)), StandardCharsets.UTF_8))
                .isEqualTo(answer);
        assertThat(Compression.deflate(answer)).isNotEqualTo(Arrays.copyOf(buffer, length));
    }
}
