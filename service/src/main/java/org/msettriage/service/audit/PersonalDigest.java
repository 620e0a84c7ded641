package org.msettriage.service.audit;

/**
 * The digest of a decision's personal content as stored: the child reference's keyed hash and the
 * encrypted request and response. The seal covers this digest instead of the content, so the content can
 * be removed when its retention period ends and the record still verifies. The ciphertexts carry random
 * nonces, so the digest left behind cannot be matched against a guessed child reference.
 */
public final class PersonalDigest {

    private PersonalDigest() {}

    /**
     * The digest of encrypted free text a sealed record keeps (a panel outcome's details, a reader's reason,
     * a feedback comment), which its seal covers in the text's place (random nonces: the digest cannot be
     * matched against guessed words).
     */
    public static String ofEncryptedText(String encryptedText) {
        return Digests.sha256(encryptedText);
    }

    public static String of(String childRefHash, String encryptedRequest, String encryptedResponse) {
        return Digests.sha256(new Canonical("mset-personal-v1")
                .add("childRefHash", childRefHash)
                .add("request", encryptedRequest)
                .add("response", encryptedResponse)
                .text());
    }
}
