package org.msettriage.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.ServiceTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Under the bench profile the echo answers the case system with the body it sent, behind the same
 * credential check as triage; other roles and callers without a credential are refused.
 */
@ActiveProfiles("bench")
class BenchEchoTest extends ServiceTest {

    /** The body scripts/bench-http.sh sends to both endpoints: the README's example referral. */
    static final Path REFERRAL = Path.of("..", "scripts", "bench", "referral.json");

    @Test
    void theCaseSystemGetsItsBodyBack() throws IOException {
        String body = Files.readString(REFERRAL);
        HttpJson.Answer answer = http().post(EchoController.PATH, body);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json()).isEqualTo(HttpJson.JSON.readTree(body));
    }

    @Test
    void otherRolesAndNoCredentialAreRefused() {
        assertThat(as(DemoClients.AUDITOR).post(EchoController.PATH, "{}").status())
                .isEqualTo(403);
        assertThat(as(DemoClients.POLICY_LEAD).post(EchoController.PATH, "{}").status())
                .isEqualTo(403);
        assertThat(anonymous().post(EchoController.PATH, "{}").status()).isEqualTo(401);
        assertThat(anonymous().as("not-a-key").post(EchoController.PATH, "{}").status())
                .isEqualTo(401);
    }

    @Test
    void onlyPostIsServed() {
        HttpJson.Answer get = http().get(EchoController.PATH);
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");
    }

    @Test
    void theBenchmarkBodyIsTheReadmesExampleReferral() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int call = readme.indexOf("## One triage call");
        int start = readme.indexOf("-d '", call) + "-d '".length();
        int end = readme.indexOf("'", start);
        assertThat(HttpJson.JSON.readTree(Files.readString(REFERRAL)))
                .isEqualTo(HttpJson.JSON.readTree(readme.substring(start, end)));
    }
}
