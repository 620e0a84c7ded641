package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Well-formed UTF-8 passes; overlong forms, surrogates, stray and cut-off bytes are found where they are. */
class Utf8BytesTest {

    @Test
    void wellFormedTextPasses() {
        byte[] text = "{\"childRef\": \"zoë-😀-\u0645\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Bytes.firstMalformed(text)).isEqualTo(-1);
        assertThat(Utf8Bytes.firstMalformed(new byte[0])).isEqualTo(-1);
        assertThat(Utf8Bytes.firstMalformed("x".repeat(20_000).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(-1);
    }

    @Test
    void theFirstMalformedByteIsFound() {
        assertThat(Utf8Bytes.firstMalformed(bytes(0x61, 0xC0, 0x80)))
                .as("overlong NUL")
                .isEqualTo(1);
        assertThat(Utf8Bytes.firstMalformed(bytes(0x61, 0x62, 0xE0, 0x80, 0xAF)))
                .as("overlong /")
                .isEqualTo(2);
        assertThat(Utf8Bytes.firstMalformed(bytes(0xED, 0xA0, 0x80)))
                .as("a surrogate")
                .isEqualTo(0);
        assertThat(Utf8Bytes.firstMalformed(bytes(0x61, 0xFF)))
                .as("a stray byte")
                .isEqualTo(1);
        assertThat(Utf8Bytes.firstMalformed(bytes(0x61, 0xF0, 0x9F)))
                .as("cut off")
                .isEqualTo(1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
