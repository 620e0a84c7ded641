package org.msettriage.service.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.msettriage.service.problem.UnreadableContentException;

/**
 * Deflate for stored JSON, with a preset dictionary: decisions repeat each other's field names, codes and
 * explanations, so a dictionary of typical requests and answers lets each one be stored as little more
 * than what is its own (an answer of 13 KB in about 1.7 KB, against 3.3 KB without it). Compressed before
 * encryption, because ciphertext does not compress. Inflating stops at a bound: a stored value is never
 * allowed to expand without limit, whatever was written into the database.
 *
 * <p>The dictionary (requests and answers of the test scenarios, which are made up) is part of the stored
 * form: changing one byte of it would make every value stored with it unreadable. Its digest is checked
 * as it is loaded; a better one would be dictionary 2, with a form of its own in {@link StoredCiphertext}.
 */
final class Compression {

    /** Well above the largest request the service accepts (1 MiB) and the answer it gives to one. */
    static final int MAX_INFLATED_BYTES = 32 * 1024 * 1024;

    static final String DICTIONARY = "/store/compression-dictionary-1.json.txt";
    static final String DICTIONARY_SHA256 = "e2ea7d24e3ebaccd074e657c702626f245fee35c813ff4dd25d3dc78b0b71bbb";

    /**
     * Level 3, not zlib's default 6: on a 13 KB answer it took half the time (63 against 131 us) for 17 %
     * more bytes (1.7 against 1.5 KB), and deflating was a fifth of the CPU of a batch of decisions. The
     * level is not part of the stored form: inflating reads any level.
     */
    static final int LEVEL = 3;

    private static final byte[] DICTIONARY_BYTES = loadDictionary();

    private Compression() {}

    private static byte[] loadDictionary() {
        try (InputStream in = Compression.class.getResourceAsStream(DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("The compression dictionary " + DICTIONARY + " is missing");
            }
            byte[] dictionary = in.readAllBytes();
            if (!Digests.sha256(dictionary).equals(DICTIONARY_SHA256)) {
                throw new IllegalStateException("The compression dictionary " + DICTIONARY + " was changed; stored"
                        + " decisions need it exactly as it was");
            }
            return dictionary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] deflate(String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setDictionary(DICTIONARY_BYTES);
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, input.length / 4));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The text deflated, as its UTF-8 bytes (what a JSON parser reads fastest). */
    static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(DICTIONARY_BYTES);
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 5);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new UnreadableContentException("The stored value is cut short");
                }
                if (out.size() + n > MAX_INFLATED_BYTES) {
                    throw new UnreadableContentException("The stored value expands beyond any answer's size");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new UnreadableContentException("The stored value is not compressed data");
        } finally {
            inflater.end();
        }
    }
}
