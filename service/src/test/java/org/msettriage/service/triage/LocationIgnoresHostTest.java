package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.TestData;

/**
 * A caller (or a proxy passing it on) can send any Host header; a Location built from it would send a
 * client that follows it, with its key, to that name. Every Location is a path relative to the service.
 */
class LocationIgnoresHostTest extends ServiceTest {

    private static final String FORGED = "evil.example";

    @Test
    void aDecisionsLocationIsItsPathWhateverTheHost() throws IOException {
        String referral = TestData.read("requests/minimal-without-assessed-at.json");

        String created = postWithForgedHost(DemoClients.CASE_SYSTEM, "/api/v1/triage", referral, "");
        String again = postWithForgedHost(DemoClients.CASE_SYSTEM, "/api/v1/triage", referral, "");
        String keyed = postWithForgedHost(
                DemoClients.CASE_SYSTEM, "/api/v1/triage", referral, "Idempotency-Key: location-host-1\r\n");
        String keyedAgain = postWithForgedHost(
                DemoClients.CASE_SYSTEM, "/api/v1/triage", referral, "Idempotency-Key: location-host-1\r\n");

        for (String answer : new String[] {created, again, keyed, keyedAgain}) {
            assertThat(answer).doesNotContain(FORGED);
            assertThat(location(answer)).matches("/api/v1/decisions/[0-9a-f-]{36}");
        }
        assertThat(keyedAgain).contains("Idempotent-Replayed: true");
    }

    @Test
    void aMeetingsLocationIsItsAgendasPathWhateverTheHost() throws IOException {
        String answer = postWithForgedHost(
                DemoClients.PANEL_COORDINATOR,
                "/api/v1/panel/meetings",
                "{\"localAuthority\": \"NEWCASTLE\", \"heldOn\": \"2026-12-17\"}",
                "");

        assertThat(answer).startsWith("HTTP/1.1 201").doesNotContain(FORGED);
        assertThat(location(answer)).matches("/api/v1/panel/meetings/[0-9a-f-]{36}/agenda");
    }

    /** Java's HTTP client will not send a Host of its choosing, so the request is written by hand. */
    private String postWithForgedHost(DemoClients.Key client, String path, String body, String extraHeaders)
            throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + FORGED + "\r\nAuthorization: Bearer " + client.key()
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length
                            + "\r\nConnection: close\r\n" + extraHeaders + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String location(String answer) {
        String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                return line.substring(9).strip();
            }
        }
        throw new AssertionError("No Location in " + head);
    }
}
