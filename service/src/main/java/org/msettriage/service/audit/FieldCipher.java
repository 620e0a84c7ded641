package org.msettriage.service.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.msettriage.service.problem.UnreadableContentException;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal content at rest with AES-256-GCM. Each value gets a fresh random nonce, and is bound
 * to what it belongs to (for example "request:" and the decision id) as associated data, so a value
 * copied onto another row or field fails to decrypt rather than being read as that row's. Short free
 * text is stored as {@code v1:} and the base64 of nonce and ciphertext; a decision's request and response
 * are stored as bytes, compressed before they are encrypted ({@link StoredCiphertext}).
 */
@Component
public class FieldCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    // Finding a cipher through the providers costs more than a small value's encryption; each thread keeps
    // one, and every use initialises it afresh (key, nonce, associated data), so nothing carries over.
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(FieldCipher::newCipher);

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(AuditKeys keys) {
        this.key = new SecretKeySpec(keys.encryption(), "AES");
        // Loads the compression dictionaries now, checking their digests, so a changed or missing one stops
        // the service as it starts rather than failing the first decision stored or read.
        Compression.loadDictionaries();
    }

    public String encrypt(String plaintext, String boundTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = seal(nonce, plaintext.getBytes(StandardCharsets.UTF_8), boundTo);
        return PREFIX
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                .put(nonce)
                                .put(sealed)
                                .array());
    }

    /** Compressed, then encrypted, as the bytes a decision's request or response is stored as (newest form). */
    public byte[] encryptCompressed(String plaintext, String boundTo) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        StoredCiphertext.Form form = StoredCiphertext.Form.NEWEST;
        byte[] sealed = seal(nonce, Compression.deflate(plaintext, form.dictionary), form.binding(boundTo));
        return StoredCiphertext.stored(form, nonce, sealed);
    }

    /** The plaintext of stored bytes in any form; fails like {@link #decrypt(String, String)}. */
    public String decryptStored(byte[] stored, String boundTo) {
        return new String(decryptStoredUtf8(stored, boundTo), StandardCharsets.UTF_8);
    }

    /** As {@link #decryptStored}, the plaintext's UTF-8 bytes, for a reader that parses them. */
    public byte[] decryptStoredUtf8(byte[] stored, String boundTo) {
        StoredCiphertext value = StoredCiphertext.parse(stored);
        StoredCiphertext.Form form = value.form();
        byte[] plain = open(value.nonceAndCiphertext(), form.binding(boundTo));
        return form.dictionary == null ? plain : Compression.inflate(plain, form.dictionary);
    }

    private byte[] seal(byte[] nonce, byte[] plain, String boundTo) {
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** Nonce and ciphertext as one array, opened under the binding; fails when anything was changed. */
    private byte[] open(byte[] value, String boundTo) {
        if (value.length <= NONCE_BYTES) {
            throw new UnreadableContentException("The stored value is too short");
        }
        try {
            Cipher cipher = AES_GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, value, 0, NONCE_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(value, NONCE_BYTES, value.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UnreadableContentException("The stored value was altered, moved or made with another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The plaintext; fails when the value was altered, moved from another row, or made with another key. */
    public String decrypt(String stored, String boundTo) {
        if (!stored.startsWith(PREFIX)) {
            throw new UnreadableContentException("The stored value is not in a form this service encrypts");
        }
        byte[] value;
        try {
            value = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableContentException("The stored value is not base64");
        }
        return new String(open(value, boundTo), StandardCharsets.UTF_8);
    }
}
