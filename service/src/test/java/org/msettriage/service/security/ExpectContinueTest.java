package org.msettriage.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msettriage.service.DemoClients;

/**
 * A client that asks before sending its body ({@code Expect: 100-continue}) is refused before it is
 * invited to send one the service would refuse (a security trial was first told "100 Continue", then 413).
 */
class ExpectContinueTest extends SecurityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a body over the limit       | demo     | 413
            a caller without a key      | not-a-key | 401
            """)
    void aRefusedRequestIsAnsweredWithoutAskingForItsBody(String what, String key, int status) throws IOException {
        String credential = key.equals("demo") ? DemoClients.CASE_SYSTEM.key() : key;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/triage HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + credential
                            + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                            + "Content-Length: 99999999\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(statusLine(socket.getInputStream())).as(what).isEqualTo("HTTP/1.1 " + status);
        }
    }

    /** The first line of the answer, up to its status code. */
    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1 && b != '\r' && line.length() < 64; b = in.read()) {
            line.append((char) b);
        }
        return line.length() < 12 ? line.toString() : line.substring(0, 12);
    }
}
