package org.msettriage.service.problem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a request header as the caller wrote it. Tomcat reads header bytes as ISO-8859-1, so a
 * header sent as UTF-8 (a case system's child reference {@code zoë-1}, an auditor's reason with a
 * typographic apostrophe) arrives as one character per byte: read again as UTF-8 when its bytes are valid
 * UTF-8, and as ISO-8859-1 otherwise (a reference sent that way is found as before).
 */
public final class HeaderText {

    private HeaderText() {}

    /** The header's text: its bytes read as UTF-8 when they are valid UTF-8; null stays null. */
    public static String decode(String raw) {
        if (raw == null || raw.chars().allMatch(c -> c < 0x80) || raw.chars().anyMatch(c -> c > 0xFF)) {
            return raw;
        }
        try {
            CharBuffer text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw.getBytes(StandardCharsets.ISO_8859_1)));
            return text.toString();
        } catch (CharacterCodingException e) {
            return raw;
        }
    }

    /**
     * Whether a header's text holds only assigned characters and no control character but the tab, which
     * HTTP allows inside a value (Spring Security's own rule, applied to the text rather than its bytes).
     */
    static boolean readable(String text) {
        return text.codePoints().allMatch(c -> c == '\t' || (Character.isDefined(c) && !Character.isISOControl(c)));
    }
}
