package org.msettriage.service.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.msettriage.service.problem.UnreadableContentException;

/**
 * Deflate for stored JSON, which shrinks to a fifth or less (field names and codes repeat). Compressed
 * before encryption, because ciphertext does not compress. Inflating stops at a bound: a stored value
 * is never allowed to expand without limit, whatever was written into the database.
 */
final class Compression {

    /** Well above the largest request the service accepts (1 MiB) and the answer it gives to one. */
    static final int MAX_INFLATED_BYTES = 32 * 1024 * 1024;

    private Compression() {}

    static byte[] deflate(String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
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

    static String inflate(byte[] compressed) {
        Inflater inflater = new Inflater(true);
        try {
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
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new UnreadableContentException("The stored value is not compressed data");
        } finally {
            inflater.end();
        }
    }
}
