package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.store.JobLeases;
import org.msettriage.service.triage.TriageRoundTripTestReferral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Each run of the retention period that removes content is sealed with the period it applied, and each
 * removal is judged by its run: a run with a short period, then verification under the service's six
 * years, reads as intact, where judging by today's setting would call every removal early. A run altered,
 * added or missing is named. Its own context, as it tampers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=sealed-retention-runs")
class SealedRetentionRunsTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionSealer sealer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JobLeases leases;

    @Autowired
    Environment environment;

    @Autowired
    AuditVerifier verifier;

    @Test
    void aRemovalIsJudgedByTheSealedRunThatMadeIt() throws InterruptedException {
        UUID first = triage();
        UUID second = triage();
        Thread.sleep(5);
        // A period shorter than the service's (six years), as if it had been lengthened since this run.
        RetentionPeriod shortPeriod = period(Duration.ofMillis(1));
        // A period no longer the database's removes nothing, however much it would.
        assertThat(shortPeriod.removeExpired(OffsetDateTime.now(ZoneOffset.UTC), () -> false))
                .isZero();
        assertThat(removed(first)).isFalse();
        assertThat(shortPeriod.removeExpired(OffsetDateTime.now(ZoneOffset.UTC)))
                .isGreaterThanOrEqualTo(2);
        sealer.sealPending();
        UUID run =
                jdbc.sql("SELECT run_id FROM retention_run").query(UUID.class).single();
        assertThat(jdbc.sql("SELECT record_kind FROM decision_seal WHERE decision_id = :id")
                        .param("id", run)
                        .query(String.class)
                        .single())
                .isEqualTo("RETENTION");
        assertThat(jdbc.sql("SELECT retention FROM retention_run")
                        .query(String.class)
                        .single())
                .isEqualTo("PT0.001S");
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();
        // The record's own view of one decision judges it by its run too.
        assertThat(integrityOf(first)).isEqualTo("INTACT");

        // The run's moment moved on: the run is named, and its removals, judged by today's six years, too.
        OffsetDateTime cutoff = jdbc.sql("SELECT cutoff FROM retention_run")
                .query(OffsetDateTime.class)
                .single();
        jdbc.sql("UPDATE retention_run SET cutoff = CURRENT_TIMESTAMP").update();
        assertThat(VerificationProblems.of(auditVerification("")))
                .contains("CHANGED RETENTION " + run, "CHANGED DECISION " + first, "CHANGED DECISION " + second);
        assertThat(AuditCommandLine.verify(environment).out()).contains("retention run " + run);
        assertThat(integrityOf(first)).isEqualTo("CHANGED");
        assertThat(verificationPage("")).contains("Retention run <span class=\"hash\">" + run + "</span>");
        jdbc.sql("UPDATE retention_run SET cutoff = :cutoff")
                .param("cutoff", cutoff)
                .update();
        assertThat(auditVerification("").get("intact").asBoolean()).isTrue();

        // A decision made after the run, its content removed in the database as if by that run.
        UUID later = triage();
        sealer.sealPending();
        jdbc.sql("""
                UPDATE decision SET request_sealed = NULL, response_sealed = NULL, child_ref_hash = NULL,
                       personal_removed_at = (SELECT removed_at FROM retention_run)
                WHERE decision_id = :id
                """).param("id", later).update();
        JsonNode laterRemoved = auditVerification("");
        assertThat(VerificationProblems.of(laterRemoved)).containsExactly("CHANGED DECISION " + later);
        assertThat(laterRemoved.get("problems").get(0).get("detail").asString())
                .contains("by a retention run that removed only what was decided before");

        // A removal at a moment no run removed at is judged by today's period, as before runs were kept.
        jdbc.sql("UPDATE decision SET personal_removed_at = personal_removed_at + INTERVAL '1' SECOND"
                        + " WHERE decision_id = :id")
                .param("id", first)
                .update();
        assertThat(VerificationProblems.of(auditVerification(""))).contains("CHANGED DECISION " + first);

        // A run the service never made.
        UUID forged = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO retention_run (run_id, removed_at, retention, cutoff)
                VALUES (:id, CURRENT_TIMESTAMP, 'PT1S', CURRENT_TIMESTAMP)
                """).param("id", forged).update();
        assertThat(VerificationProblems.of(auditVerification(""))).contains("NOT_SEALED RETENTION " + forged);

        // The sealed run removed.
        jdbc.sql("DELETE FROM retention_run WHERE run_id = :id")
                .param("id", run)
                .update();
        assertThat(VerificationProblems.of(auditVerification(""))).contains("REMOVED RETENTION " + run);

        // Two runs at one moment with other periods (two instances set up differently): the second stops
        // rather than have its removals judged by the first run's cutoff, and removes nothing.
        UUID older = triage();
        Thread.sleep(20);
        OffsetDateTime between = OffsetDateTime.now(ZoneOffset.UTC);
        Thread.sleep(20);
        UUID newer = triage();
        Thread.sleep(20);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertThat(period(Duration.between(between, now)).removeExpired(now)).isEqualTo(1);
        assertThatThrownBy(() -> period(Duration.ofMillis(1)).removeExpired(now))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Another retention run removed at");
        assertThat(removed(older)).isTrue();
        assertThat(removed(newer)).isFalse();
    }

    private RetentionPeriod period(Duration retention) {
        return new RetentionPeriod(
                jdbc,
                transactions,
                new RetentionInForce(
                        new AuditSettings("", "", "", "", retention, Duration.ofHours(1), Duration.ofMillis(250), null),
                        // Not the service's: its setting says another period than the one tried here.
                        new MockEnvironment()),
                leases,
                sealer);
    }

    private boolean removed(UUID decision) {
        return jdbc.sql("SELECT personal_removed_at FROM decision WHERE decision_id = :id")
                .param("id", decision)
                .query((row, n) -> row.getObject(1) != null)
                .single();
    }

    /** The record view's judgement of one decision (the auditor's decision page shows it). */
    private String integrityOf(UUID decision) {
        return verifier.integrityOf(decision).state().name();
    }

    private UUID triage() {
        return UUID.fromString(http().post("/api/v1/triage", TriageRoundTripTestReferral.json())
                .json()
                .get("decisionId")
                .asString());
    }
}
