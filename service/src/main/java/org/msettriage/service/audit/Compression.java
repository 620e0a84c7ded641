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
 * than what is its own. Compressed before encryption, because ciphertext does not compress. Inflating
 * stops at a bound: a stored value is never allowed to expand without limit, whatever was written into
 * the database.
 *
 * <p>A dictionary is part of the stored form of every value made with it: changing one byte of it would
 * make those values unreadable, so each one's digest is checked as it is loaded, and a better dictionary is
 * added beside the others, never put in their place.
 */
final class Compression {

    /** Well above the largest request the service accepts (1 MiB) and the answer it gives to one. */
    static final int MAX_INFLATED_BYTES = 32 * 1024 * 1024;

    /**
     * Level 3, not zlib's default 6: on a 13 KB answer it took half the time (63 against 131 us) for 17 %
     * more bytes (1.7 against 1.5 KB), and deflating was a fifth of the CPU of a batch of decisions. The
     * level is not part of the stored form: inflating reads any level.
     */
    static final int LEVEL = 3;

    /** The preset dictionaries; which one a value was made with is part of its stored form. */
    enum Dictionary {
        /**
         * One answer and eight requests of the test scenarios (which are made up), as sent rather than as
         * stored: content of form 2 ({@link StoredCiphertext}) and every packed list of fired rules.
         */
        FIRST(1, "e2ea7d24e3ebaccd074e657c702626f245fee35c813ff4dd25d3dc78b0b71bbb"),
        /**
         * Answers and requests of the test scenarios as the service stores them, chosen one at a time for
         * what each saved on half of the scenarios, while any saved more, until the 32 KB deflate can look
         * back over were full; on the other half a request and its answer take a third less than with the
         * first (623 against 926 bytes on average), and the README's example request and answer 24 % less
         * (1,630 against 2,132 bytes). Content of form 3.
         */
        SECOND(2, "ab0154eb273f77f36338d9033d818043e0b6ba601ce905df4ea60f57e5bda574");

        /** Its number in its file's name and in the associated data of the values made with it. */
        final int number;

        final String resource;
        final String sha256;
        private final byte[] bytes;

        Dictionary(int number, String sha256) {
            this.number = number;
            this.resource = "/store/compression-dictionary-" + number + ".json.txt";
            this.sha256 = sha256;
            this.bytes = load(resource, sha256);
        }
    }

    private Compression() {}

    /**
     * Loads every dictionary, checking its digest, if that has not happened yet (the enum's first use builds
     * all its constants); fails with an {@link Error} when one is missing or changed.
     */
    static void loadDictionaries() {
        Dictionary.values();
    }

    private static byte[] load(String resource, String sha256) {
        try (InputStream in = Compression.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The compression dictionary " + resource + " is missing");
            }
            byte[] dictionary = in.readAllBytes();
            if (!Digests.sha256(dictionary).equals(sha256)) {
                throw new IllegalStateException("The compression dictionary " + resource + " was changed; stored"
                        + " decisions need it exactly as it was");
            }
            return dictionary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] deflate(String text, Dictionary dictionary) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setDictionary(dictionary.bytes);
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
    static byte[] inflate(byte[] compressed, Dictionary dictionary) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(dictionary.bytes);
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
