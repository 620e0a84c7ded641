package org.msettriage.service.problem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whether a body's bytes are well-formed UTF-8 (RFC 8259 asks JSON to be). Jackson's own reader decodes an
 * overlong form such as C0 80 or E0 80 AF as if it were the short one, so "/" or NUL could arrive
 * disguised; Java's decoder refuses those, surrogates and anything else malformed.
 */
public final class Utf8Bytes {

    private static final int CHUNK = 8192;

    private Utf8Bytes() {}

    /** Refuses a body that is not well-formed UTF-8 with a 400 naming the first bad byte's offset. */
    public static void check(byte[] body) {
        int at = firstMalformed(body);
        if (at >= 0) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("", "the body is not valid UTF-8 (at byte " + at + ")")));
        }
    }

    /** The offset of the first byte that is not well-formed UTF-8, or -1 when there is none. */
    static int firstMalformed(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                CoderResult flushed = decoder.flush(out.clear());
                return flushed.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }
}
