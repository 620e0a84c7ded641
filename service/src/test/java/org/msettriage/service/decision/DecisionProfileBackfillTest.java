package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.msettriage.service.HttpJson;
import org.msettriage.service.MigrationContexts;
import org.msettriage.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Triage writes a referral's profile beside its decision (gender, age band, care status, referring agency,
 * exploitation types, return home interviews), and migration 21.1 gives a decision stored without it the
 * very same columns, worked out from its stored request and answer.
 */
class DecisionProfileBackfillTest extends ServiceTest {

    private static final String COLUMNS =
            "gender, age_band, care_status, referring_agency, exploitation_types, rhi_due, rhi_offered";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    DecisionProfileBackfill backfill;

    @Test
    void aDecisionStoredWithoutItsProfileGetsTheOneTriageWrites() throws Exception {
        HttpJson.Answer created = http().post("/api/v1/triage", resource("/analysis/referral-with-episodes.json"));
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("decisionId").asString());
        Map<String, Object> written = profile(id);
        assertThat(written)
                .containsEntry("GENDER", "MALE")
                .containsEntry("AGE_BAND", "13_TO_15")
                .containsEntry("CARE_STATUS", "LOOKED_AFTER_S20")
                .containsEntry("REFERRING_AGENCY", "POLICE")
                .containsEntry(
                        "EXPLOITATION_TYPES",
                        DecisionProfile.compact(created.json()
                                .get("exploitationTypes")
                                .valueStream()
                                .map(type -> type.asString())
                                .toList()));
        // Returned within 90 days: in time (completed after 24 hours; refused), late (after 5 days), none
        // after 72 hours; not counted: 1 hour since the return, ended 202 days before, still missing.
        assertThat(((Number) written.get("RHI_DUE")).intValue()).isEqualTo(4);
        assertThat(((Number) written.get("RHI_OFFERED")).intValue()).isEqualTo(2);

        jdbc.sql("UPDATE decision SET " + COLUMNS.replace(",", " = NULL,") + " = NULL WHERE decision_id = :id")
                .param("id", id)
                .update();
        assertThat(profile(id)).allSatisfy((column, value) -> assertThat(value).isNull());
        try (Connection connection = dataSource.getConnection()) {
            backfill.migrate(MigrationContexts.on(connection));
        }

        assertThat(profile(id)).isEqualTo(written);
    }

    private Map<String, Object> profile(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE decision_id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private static String resource(String path) {
        try (InputStream in = DecisionProfileBackfillTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
