package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Feedback on a decision is sealed as it is given: policy leads weigh changes to the rules on it, so one
 * altered, added or removed in the database is named by the API, the command line and the auditor's page.
 * The comment may go at the end of retention, with the decision's content, and not before. Its own
 * context, as it tampers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=sealed-feedback")
class SealedFeedbackTest extends SealedRecordTest {

    @Test
    void feedbackAlteredRemovedOrAddedIsNamed() {
        UUID decision = UUID.fromString(http().post("/api/v1/triage", TriageRoundTripTestReferral.json())
                .json()
                .get("decisionId")
                .asString());
        assertThat(http().post(
                                "/api/v1/decisions/" + decision + "/feedback",
                                "{\"outcome\": \"OVERRIDDEN\", \"reasonCode\": \"NEW_INFORMATION\","
                                        + " \"comment\": \"police intelligence since\"}")
                        .status())
                .isEqualTo(201);
        UUID feedback = jdbc.sql("SELECT feedback_id FROM decision_feedback WHERE decision_id = :id")
                .param("id", decision)
                .query(UUID.class)
                .single();
        assertSealedAs(feedback, RecordKind.FEEDBACK);

        // The practitioner made to agree.
        jdbc.sql("UPDATE decision_feedback SET outcome = 'ACCEPTED' WHERE feedback_id = :id")
                .param("id", feedback)
                .update();
        assertChangedEverywhere(feedback, RecordKind.FEEDBACK);
        jdbc.sql("UPDATE decision_feedback SET outcome = 'OVERRIDDEN' WHERE feedback_id = :id")
                .param("id", feedback)
                .update();
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();

        // The comment removed while the decision's content is kept.
        String comment = jdbc.sql("SELECT comment_encrypted FROM decision_feedback WHERE feedback_id = :id")
                .param("id", feedback)
                .query(String.class)
                .single();
        jdbc.sql("UPDATE decision_feedback SET comment_encrypted = NULL WHERE feedback_id = :id")
                .param("id", feedback)
                .update();
        JsonNode removed = auditVerification("");
        assertThat(VerificationProblems.of(removed)).containsExactly("CHANGED FEEDBACK " + feedback);
        assertThat(removed.get("problems").get(0).get("detail").asString())
                .startsWith("its comment was removed while the decision's content is still kept");
        jdbc.sql("UPDATE decision_feedback SET comment_encrypted = :comment WHERE feedback_id = :id")
                .param("comment", comment)
                .param("id", feedback)
                .update();

        // Feedback nobody gave through the service.
        UUID forged = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO decision_feedback (feedback_id, decision_id, recorded_at, caller_method, caller_name,
                                               outcome)
                VALUES (:id, :decision, CURRENT_TIMESTAMP, 'API_KEY', 'demo-case-system', 'ACCEPTED')
                """).param("id", forged).param("decision", decision).update();
        assertThat(VerificationProblems.of(auditVerification(""))).containsExactly("NOT_SEALED FEEDBACK " + forged);
        jdbc.sql("DELETE FROM decision_feedback WHERE feedback_id = :id")
                .param("id", forged)
                .update();

        // The sealed feedback removed.
        jdbc.sql("DELETE FROM decision_feedback WHERE feedback_id = :id")
                .param("id", feedback)
                .update();
        assertThat(VerificationProblems.of(auditVerification(""))).containsExactly("REMOVED FEEDBACK " + feedback);
    }
}
