package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
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
        // The example answer is about 13 KB of JSON; with the dictionary it keeps well under a fifth of that.
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
        for (byte other : new byte[] {1, 2, 4}) {
            byte[] stored = cipher.encryptCompressed(answer, boundTo);
            stored[0] = other;

            assertThatThrownBy(() -> cipher.decryptStored(stored, boundTo))
                    .isInstanceOf(UnreadableContentException.class);
        }
    }

    @Test
    void aValueStoredAsTextBeforeMigrationNineReadsTheSameAsBytes() {
        String asText = cipher.encrypt(answer, boundTo);
        byte[] moved = StoredCiphertext.fromText(asText);

        assertThat(cipher.decryptStored(moved, boundTo)).isEqualTo(answer);
        assertThat(StoredCiphertext.digestText(moved)).isEqualTo(asText);
    }

    @Test
    void theDictionariesAreTheOnesStoredValuesWereMadeWith() {
        // Compression checks each digest as it loads; this only fails if someone changed a file and its
        // digest together.
        assertThat(Compression.Dictionary.FIRST.sha256)
                .isEqualTo("e2ea7d24e3ebaccd074e657c702626f245fee35c813ff4dd25d3dc78b0b71bbb");
        assertThat(Compression.Dictionary.SECOND.sha256)
                .isEqualTo("ab0154eb273f77f36338d9033d818043e0b6ba601ce905df4ea60f57e5bda574");
        for (Compression.Dictionary dictionary : Compression.Dictionary.values()) {
            assertThat(new String(
                            Compression.inflate(Compression.deflate(answer, dictionary), dictionary),
                            StandardCharsets.UTF_8))
                    .isEqualTo(answer);
        }
    }

    @Test
    void newValuesAreWrittenWithTheSecondDictionaryAndTakeLessRoom() {
        byte[] stored = cipher.encryptCompressed(answer, boundTo);

        assertThat(stored[0]).isEqualTo((byte) 3);
        assertThat(StoredCiphertext.digestText(stored)).startsWith("v3:");
        // The contract's example answer (13,393 bytes): 1,823 deflated with the first, 1,421 with the second.
        int first = Compression.deflate(answer, Compression.Dictionary.FIRST).length;
        int second = Compression.deflate(answer, Compression.Dictionary.SECOND).length;
        assertThat(second).isLessThan(first * 9 / 10);
    }

    @Test
    void aValueStoredWithTheFirstDictionaryStillReads() {
        // Written by the service before the second dictionary (form 2), with the tests' encryption key.
        byte[] formTwo = HexFormat.of()
                .parseHex("02853dd4521077c4430b13029252fb44e87258169d3b20af8b48628707f31b920b681d2c5d397ed6f08c"
                        + "2841162411fc904be64724371f192fcfbfa5c6d6e428");
        String place = "request:01a24192-0000-7000-8000-000000000002";

        assertThat(cipher.decryptStored(formTwo, place))
                .isEqualTo("{\"referralId\":\"SC-FORM-2\",\"childRef\":\"child-form-2\",\"indicators\":"
                        + "[{\"code\":\"CSE03\",\"recency\":\"CURRENT\"}]}");
        // The seal's digest text of such a value is what it was before form 3 existed.
        assertThat(StoredCiphertext.digestText(formTwo))
                .isEqualTo("v2:" + Base64.getEncoder().encodeToString(Arrays.copyOfRange(formTwo, 1, formTwo.length)));
        // Read as the newest form instead, it is refused rather than misread.
        byte[] relabelled = formTwo.clone();
        relabelled[0] = 3;
        assertThatThrownBy(() -> cipher.decryptStored(relabelled, place))
                .isInstanceOf(UnreadableContentException.class);
    }

    @Test
    void aValueStoredWithTheSecondDictionaryReadsBackForGood() {
        // Written by this build (form 3): pins the form's binding and dictionary, so no later change to them
        // leaves what is stored now unreadable.
        byte[] formThree = HexFormat.of()
                .parseHex("03f35036bb737a277b0c4ec9cd4b18ea4e71f49167fa00c253d6d48d84be4b96b68741990578cddc4bceb10"
                        + "608853c41e953f3f2ae98");

        assertThat(cipher.decryptStored(formThree, "request:01a24192-0000-7000-8000-000000000003"))
                .isEqualTo("{\"referralId\":\"SC-FORM-3\",\"childRef\":\"child-form-3\",\"indicators\":"
                        + "[{\"code\":\"CSE03\",\"recency\":\"CURRENT\"}]}");
    }

    @Test
    void aValueDeflatedAtAnotherLevelReadsTheSame() throws IOException {
        // Values stored before the level changed were deflated at zlib's default, with the first dictionary.
        Compression.Dictionary first = Compression.Dictionary.FIRST;
        Deflater earlier = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try (InputStream dictionary = Compression.class.getResourceAsStream(first.resource)) {
            earlier.setDictionary(dictionary.readAllBytes());
        }
        earlier.setInput(answer.getBytes(StandardCharsets.UTF_8));
        earlier.finish();
        byte[] buffer = new byte[answer.length() * 2];
        int length = earlier.deflate(buffer);
        earlier.end();

        assertThat(new String(Compression.inflate(Arrays.copyOf(buffer, length), first), StandardCharsets.UTF_8))
                .isEqualTo(answer);
        assertThat(Compression.deflate(answer, first)).isNotEqualTo(Arrays.copyOf(buffer, length));
    }
}
