package org.msettriage.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.msettriage.service.PostgresServiceTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** On PostgreSQL the service copies nothing itself: an operator asking for a backup is sent to pg_dump. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=postgres-backup-refused")
class PostgresBackupRefusedTest extends PostgresServiceTest {

    @Value("${mset.backup.folder}")
    Path backups;

    @Test
    void aBackupOnPostgresqlIsRefusedNamingPgDump() {
        HttpJson.Answer refused = as(DemoClients.OPERATOR).post("/api/v1/operations/backups", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://mset-triage.example/problems/conflict");
        assertThat(refused.json().get("detail").asString()).contains("PostgreSQL", "pg_dump", "nothing was written");
        assertThat(Files.exists(backups)).isFalse();
    }
}
