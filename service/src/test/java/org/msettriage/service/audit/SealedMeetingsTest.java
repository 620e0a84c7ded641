package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.HttpJson;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A panel meeting's local authority and day decide which children its agenda lists, so each meeting is
 * sealed as it is set up: one moved to another day, or added behind the service's back, is named by the
 * API, the command line and the auditor's page. Its own context, as it tampers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=sealed-meetings")
class SealedMeetingsTest extends SealedRecordTest {

    @Test
    void aMeetingMovedOrAddedInTheDatabaseIsNamed() {
        HttpJson.Answer created = as(DemoClients.PANEL_COORDINATOR)
                .post("/api/v1/panel/meetings", "{\"localAuthority\": \"NEWCASTLE\", \"heldOn\": \"2026-12-10\"}");
        assertThat(created.status()).isEqualTo(201);
        UUID meeting = UUID.fromString(created.json().get("meetingId").asString());
        assertSealedAs(meeting, RecordKind.MEETING);

        // Moved to another day: its agenda would list other children.
        jdbc.sql("UPDATE panel_meeting SET held_on = DATE '2026-11-10' WHERE meeting_id = :id")
                .param("id", meeting)
                .update();
        assertChangedEverywhere(meeting, RecordKind.MEETING);
        jdbc.sql("UPDATE panel_meeting SET held_on = DATE '2026-12-10' WHERE meeting_id = :id")
                .param("id", meeting)
                .update();
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();

        // Its day made to end an hour later (midnight in London, in December, moved to 01:00), or cleared to
        // pass as a meeting set up before days were counted in the partnership's time zone: either would put
        // other decisions on its agenda.
        jdbc.sql("UPDATE panel_meeting SET day_ends_at = day_ends_at + INTERVAL '1' HOUR WHERE meeting_id = :id")
                .param("id", meeting)
                .update();
        assertChangedEverywhere(meeting, RecordKind.MEETING);
        jdbc.sql("UPDATE panel_meeting SET day_ends_at = day_ends_at - INTERVAL '1' HOUR WHERE meeting_id = :id")
                .param("id", meeting)
                .update();
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();
        OffsetDateTime kept = jdbc.sql("SELECT day_ends_at FROM panel_meeting WHERE meeting_id = :id")
                .param("id", meeting)
                .query(OffsetDateTime.class)
                .single();
        jdbc.sql("UPDATE panel_meeting SET day_ends_at = NULL WHERE meeting_id = :id")
                .param("id", meeting)
                .update();
        assertChangedEverywhere(meeting, RecordKind.MEETING);
        jdbc.sql("UPDATE panel_meeting SET day_ends_at = :kept WHERE meeting_id = :id")
                .param("kept", kept)
                .param("id", meeting)
                .update();
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();

        // A meeting the service never set up.
        UUID forged = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO panel_meeting (meeting_id, local_authority, held_on, created_at, caller_method,
                                           caller_name)
                VALUES (:id, 'NEWCASTLE', DATE '2026-12-17', CURRENT_TIMESTAMP, 'API_KEY', 'demo-panel-coordinator')
                """).param("id", forged).update();
        assertThat(VerificationProblems.of(auditVerification(""))).containsExactly("NOT_SEALED MEETING " + forged);
        jdbc.sql("DELETE FROM panel_meeting WHERE meeting_id = :id")
                .param("id", forged)
                .update();

        // The sealed meeting removed.
        jdbc.sql("DELETE FROM panel_meeting WHERE meeting_id = :id")
                .param("id", meeting)
                .update();
        assertThat(VerificationProblems.of(auditVerification(""))).containsExactly("REMOVED MEETING " + meeting);
    }
}
