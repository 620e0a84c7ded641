package org.msettriage.rules.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a ruleset's text files as strict UTF-8. A table saved as Latin-1 or UTF-16 would otherwise be
 * read with its accented letters replaced (wording professionals read, silently corrupted) or as a
 * table with no columns at all; instead it is refused once, at the line and byte where it stops being
 * UTF-8, saying how to save it.
 */
final class Utf8Files {

    private Utf8Files() {}

    /** The text of a file, or a {@link RulesetException} of the kind given when it is not UTF-8 text. */
    static String decode(String name, byte[] bytes, RulesetProblem.Kind kind) {
        RulesetProblem problem = problem(name, bytes, kind);
        if (problem != null) {
            throw new RulesetException(List.of(problem));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The problem with a file that is not UTF-8 text, or null when it is. */
    static RulesetProblem problem(String name, byte[] bytes, RulesetProblem.Kind kind) {
        int bad = firstNotUtf8(bytes);
        if (bad < 0) {
            return null;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int byteInLine = bad - lineStart + 1;
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || bytes[bad] == 0);
        String what = utf16 ? "is UTF-16 text, not UTF-8" : "is not UTF-8 text";
        return new RulesetProblem(
                kind,
                name,
                line,
                byteInLine,
                what + " (line " + line + ", byte " + byteInLine + "); " + howToSave(name)
                        + ": nothing in it was read");
    }

    private static String howToSave(String name) {
        return name.endsWith(".csv")
                ? "save it again as \"CSV UTF-8\" (in a spreadsheet: Save As, \"CSV UTF-8 (Comma delimited)\")"
                : "save it again with the encoding UTF-8";
    }

    /** The offset of the first byte that is not part of UTF-8 text (a NUL counts), or -1 when all are. */
    private static int firstNotUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return firstNul(bytes, in.position());
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        CoderResult flushed = decoder.flush(out);
        return flushed.isError() ? firstNul(bytes, in.position()) : firstNul(bytes, -1);
    }

    /**
     * The first NUL byte before {@code bad} (or anywhere, when bad is -1), else {@code bad}: UTF-16 text
     * of plain letters has a NUL beside each, which is valid UTF-8 but no table's text.
     */
    private static int firstNul(byte[] bytes, int bad) {
        int end = bad < 0 ? bytes.length : bad;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return bad;
    }
}
