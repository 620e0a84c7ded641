package org.msettriage.service.audit;

import java.util.Arrays;
import java.util.Base64;
import org.msettriage.service.problem.UnreadableContentException;

/**
 * The bytes a decision's request or response is kept as: one byte naming the form, then the nonce and the
 * AES-GCM ciphertext. Form 1 is a value encrypted as it was (decisions stored before compression, moved
 * over from their {@code v1:} text unchanged); forms 2 and 3 are compressed before they were encrypted
 * (deflate with dictionary 1 and 2, see {@link Compression}), and their associated data says which, so
 * that changing the form byte makes the value fail to decrypt rather than be read another way. Values are
 * written in the newest form and read in any. Inline bytes instead of base64 text in a large object: a
 * third less to store, and no large-object pages for the database to write and leave behind.
 */
record StoredCiphertext(Form form, byte[] nonceAndCiphertext) {

    /** How a value was made: its first byte, and the dictionary it was compressed with (none for form 1). */
    enum Form {
        PLAIN((byte) 1, null),
        DICTIONARY_1((byte) 2, Compression.Dictionary.FIRST),
        DICTIONARY_2((byte) 3, Compression.Dictionary.SECOND);

        /** The form new values are written in. */
        static final Form NEWEST = DICTIONARY_2;

        final byte mark;
        final Compression.Dictionary dictionary;

        Form(byte mark, Compression.Dictionary dictionary) {
            this.mark = mark;
            this.dictionary = dictionary;
        }

        /** The associated data a value of this form is encrypted under, for its place. */
        String binding(String boundTo) {
            return dictionary == null ? boundTo : boundTo + "|deflate-dictionary-" + dictionary.number;
        }

        private static Form of(byte mark) {
            for (Form form : values()) {
                if (form.mark == mark) {
                    return form;
                }
            }
            return null;
        }
    }

    static byte[] stored(Form form, byte[] nonce, byte[] ciphertext) {
        byte[] stored = new byte[1 + nonce.length + ciphertext.length];
        stored[0] = form.mark;
        System.arraycopy(nonce, 0, stored, 1, nonce.length);
        System.arraycopy(ciphertext, 0, stored, 1 + nonce.length, ciphertext.length);
        return stored;
    }

    static StoredCiphertext parse(byte[] stored) {
        Form form = stored.length < 2 ? null : Form.of(stored[0]);
        if (form == null) {
            throw new UnreadableContentException("The stored value is not in a form this service encrypts");
        }
        return new StoredCiphertext(form, Arrays.copyOfRange(stored, 1, stored.length));
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
        stored[0] = Form.PLAIN.mark;
        System.arraycopy(value, 0, stored, 1, value.length);
        return stored;
    }

    /**
     * The text the personal digest is computed over: for form 1 exactly the {@code v1:} text it was moved
     * from, so decisions sealed before the move still verify; for the others the same shape under
     * {@code v} and their form's number. Null for null (content removed under the retention period).
     */
    static String digestText(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1) {
            return "";
        }
        return "v" + stored[0] + ":" + Base64.getEncoder().encodeToString(Arrays.copyOfRange(stored, 1, stored.length));
    }
}
