package org.msettriage.service.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Made-up children and identifiers of tests that write rows themselves, in the form hashes are stored in. */
public final class StoredHashes {

    private StoredHashes() {}

    /** The 32 bytes a hash column holds, for a test's label: the same label always gives the same bytes. */
    public static byte[] of(String label) {
        if (label == null) {
            return null;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
