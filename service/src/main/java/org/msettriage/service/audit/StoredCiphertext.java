package org.msettriage.service.audit;

import java.util.Arrays;
import java.util.Base64;
import org.msettriage.service.problem.UnreadableContentException;

/**
 * The bytes a decision's request or response is kept as: one byte naming the form, then the nonce and the
 * AES-GCM ciphertext. Form 1 is a value encrypted as it was (decisions stored before compression, moved
 * over from their {@code v1:} text unchanged); form 2 is compressed before it was encrypted (deflate with
 * dictionary 1, see {@link Compression}), and its
 * associated data says so, so that changing the form byte makes the value fail to decrypt rather than be
 * read the other way. Inline bytes instead of base64 text in a large object: a third less to store, and
 * no large-object pages for the database to write and leave behind.
 */
record StoredCiphertext(boolean compressed, byte[] nonceAndCiphertext) {

    private static final byte PLAIN = 1;
    private static final byte COMPRESSED = 2;

    static byte[] compressed(byte[] nonce, byte[] ciphertext) {
        byte[] stored = new byte[1 + nonce.length + ciphertext.length];
        stored[0] = COMPRESSED;
        System.arraycopy(nonce, 0, stored, 1, nonce.length);
        System.arraycopy(ciphertext, 0, stored, 1 + nonce.length, ciphertext.length);
        return stored;
    }

    static StoredCiphertext parse(byte[] stored) {
        if (stored.length < 2 || (stored[0] != PLAIN && stored[0] != COMPRESSED)) {
            throw new UnreadableContentException("The stored value is not in a form this service encrypts");
        }
        return new StoredCiphertext(stored[0] == COMPRESSED, Arrays.copyOfRange(stored, 1, stored.length));
    }

    static String compressedBinding(String boundTo) {
        return boundTo + "|deflate-dictionary-1";
    }

    /**
     * A {@code v1:} text value (how content was kept before migration 9) as stored bytes of form 1. Fails on
     * anything else, so the migration never moves a value it cannot give back exactly.
     */
    public static byte[] fromText(String v1Text) {
        if (!v1Text.startsWith("v1:")) {
            throw new IllegalArgumentException("Not a v1 encrypted value");
        }
        byte[] value = Base64.getDecoder().decode(v1Text.substring(3));
        byte[] stored = new byte[1 + value.length];
        stored[0] = PLAIN;
        System.arraycopy(value, 0, stored, 1, value.length);
        return stored;
    }

    /**
     * The text the personal digest is computed over: for form 1 exactly the {@code v1:} text it was moved
     * from, so decisions sealed before the move still verify; for form 2 the same shape under {@code v2:}.
     * Null for null (content removed under the retention period).
     */
    static String digestText(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1) {
            return "";
        }
        String prefix = stored[0] == PLAIN ? "v1:" : stored[0] == COMPRESSED ? "v2:" : "v?" + stored[0] + ":";
        return prefix + Base64.getEncoder().encodeToString(Arrays.copyOfRange(stored, 1, stored.length));
    }
}
