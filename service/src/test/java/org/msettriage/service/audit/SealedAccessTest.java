package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.DemoClients;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Each read of a decision is sealed as it is logged: an entry of the access log altered, removed or added
 * in the database (who read a child's record, and why) is named by the API, the command line and the
 * auditor's page. The reason may go at the end of retention, with the decision's content, and not before.
 * Its own context, as it tampers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=sealed-access")
class SealedAccessTest extends SealedRecordTest {

    @Test
    void anEntryOfTheAccessLogAlteredRemovedOrAddedIsNamed() {
        UUID decision = UUID.fromString(http().post("/api/v1/triage", TriageRoundTripTestReferral.json())
                .json()
                .get("decisionId")
                .asString());
        assertThat(as(DemoClients.AUDITOR)
                        .send("GET", "/api/v1/decisions/" + decision + "/record", Map.of("Mset-Access-Reason", "audit"))
                        .status())
                .isEqualTo(200);
        UUID read = jdbc.sql("SELECT access_id FROM decision_access WHERE decision_id = :id")
                .param("id", decision)
                .query(UUID.class)
                .single();
        assertSealedAs(read, RecordKind.ACCESS);

        // Someone else made the reader.
        jdbc.sql("UPDATE decision_access SET caller_name = 'demo-analyst' WHERE access_id = :id")
                .param("id", read)
                .update();
        assertChangedEverywhere(read, RecordKind.ACCESS);
        jdbc.sql("UPDATE decision_access SET caller_name = 'demo-auditor' WHERE access_id = :id")
                .param("id", read)
                .update();
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();

        // The reason removed while the decision's content is kept.
        String reason = jdbc.sql("SELECT reason_encrypted FROM decision_access WHERE access_id = :id")
                .param("id", read)
                .query(String.class)
                .single();
        jdbc.sql("UPDATE decision_access SET reason_encrypted = NULL WHERE access_id = :id")
                .param("id", read)
                .update();
        assertThat(VerificationProblems.of(auditVerification(""))).containsExactly("CHANGED ACCESS " + read);
        // Another reason put in its place.
        jdbc.sql("UPDATE decision_access SET reason_encrypted = :other WHERE access_id = :id")
                .param("other", reason.substring(1) + "A")
                .param("id", read)
                .update();
        JsonNode replaced = auditVerification("");
        assertThat(VerificationProblems.of(replaced)).containsExactly("CHANGED ACCESS " + read);
        assertThat(replaced.get("problems").get(0).get("detail").asString())
                .isEqualTo("its reason differs from what was sealed");
        jdbc.sql("UPDATE decision_access SET reason_encrypted = :reason WHERE access_id = :id")
                .param("reason", reason)
                .param("id", read)
                .update();

        // A read nobody logged through the service.
        UUID forged = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO decision_access (access_id, decision_id, accessed_at, caller_method, caller_name, channel)
                VALUES (:id, :decision, CURRENT_TIMESTAMP, 'API_KEY', 'demo-auditor', 'API')
                """).param("id", forged).param("decision", decision).update();
        assertThat(VerificationProblems.of(auditVerification(""))).containsExactly("NOT_SEALED ACCESS " + forged);
        jdbc.sql("DELETE FROM decision_access WHERE access_id = :id")
                .param("id", forged)
                .update();

        // The sealed entry removed, to hide the read.
        jdbc.sql("DELETE FROM decision_access WHERE access_id = :id")
                .param("id", read)
                .update();
        assertThat(VerificationProblems.of(auditVerification(""))).containsExactly("REMOVED ACCESS " + read);
    }
}
