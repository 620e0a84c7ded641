package org.msettriage.service.problem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Whether a body's bytes are well-formed UTF-8 (RFC 8259 asks JSON to be). Jackson's own reader decodes an
 * overlong form such as C0 80 or E0 80 AF as if it were the short one, so "/" or NUL could arrive
 * disguised; Java's decoder refuses those, surrogates and anything else malformed.
 */
public final class Utf8Bytes {

    private static final int CHUNK = 8192;
    // A charset's name as registries write them; anything else is not repeated back.
    private static final Pattern CHARSET_NAME = Pattern.compile("[A-Za-z0-9._:+-]{1,40}");

    private Utf8Bytes() {}

    /**
     * Refuses a body sent in a content coding (Content-Encoding: gzip) or declared in another charset
     * (Content-Type's charset parameter) with a 415: the body
     * was read as UTF-8 whatever it said, so a Latin-1 body was refused as "not valid UTF-8", which
     * blamed its bytes rather than its declaration.
     */
    public static void checkDeclared(HttpHeaders headers, byte[] body) {
        boolean coded = headers.getOrEmpty(HttpHeaders.CONTENT_ENCODING).stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip)
                .anyMatch(coding -> !coding.isEmpty() && !"identity".equalsIgnoreCase(coding));
        if (coded && firstMalformed(body) >= 0) {
            // A compressed body was read as it came and refused as "not valid UTF-8", blaming its bytes. One
            // that is plain UTF-8 whatever its header says is read, as it always was.
            throw new EncodedBodyException();
        }
        MediaType type = headers.getContentType();
        String declared = type == null ? null : type.getParameter("charset");
        if (declared == null) {
            return;
        }
        String name = declared.replace("\"", "").strip();
        boolean readable;
        try {
            Charset charset = Charset.forName(name);
            // US-ASCII is UTF-8's first half; a body of ASCII bytes only reads the same in ISO-8859-1 and
            // its kin, so a client that declares one of those and sends ASCII was, and is, understood.
            readable = charset.equals(StandardCharsets.UTF_8)
                    || charset.equals(StandardCharsets.US_ASCII)
                    || (asciiCompatible(charset) && ascii(body));
        } catch (IllegalArgumentException unknown) {
            readable = false;
        }
        if (!readable) {
            throw new NotUtf8Exception(CHARSET_NAME.matcher(name).matches() ? name : null);
        }
    }

    private static boolean asciiCompatible(Charset charset) {
        return "A{}".equals(new String("A{}".getBytes(StandardCharsets.US_ASCII), charset));
    }

    private static boolean ascii(byte[] body) {
        for (byte b : body) {
            if (b <= 0) {
                return false;
            }
        }
        return true;
    }

    /** Refuses a body that is not well-formed UTF-8 with a 400 naming the first bad byte's offset. */
    public static void check(byte[] body) {
        int at = firstMalformed(body);
        if (at >= 0) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("", "the body is not valid UTF-8 (at byte " + at + ")")));
        }
    }

    /** A body declared in a charset other than UTF-8; the name, when it looks like one, for the answer. */
    public static final class NotUtf8Exception extends RuntimeException {

        private final String charset;

        NotUtf8Exception(String charset) {
            super("The body is declared in a charset other than UTF-8");
            this.charset = charset;
        }

        /** The declared charset's name, or null when it did not look like one. */
        public String charset() {
            return charset;
        }
    }

    /** A body sent in a content coding (gzip, say), which the service does not undo. */
    public static final class EncodedBodyException extends RuntimeException {

        EncodedBodyException() {
            super("The body is sent in a content coding");
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
