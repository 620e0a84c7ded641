package org.msettriage.service.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.msettriage.service.store.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes a decision's personal content once its retention period has passed: the encrypted request
 * and response, the child reference's hash, feedback comments, the reasons given for reading it and
 * the details of the panel's outcomes for it.
 * The summary, the ruleset, the rules that fired and the seal stay, and the record still verifies,
 * because the seal covers the content's digest rather than the content. Runs every
 * {@code mset.audit.retention-check-every}, a few hundred decisions per transaction, on the one instance
 * holding the {@value #LEASE} lease when several share the database (a second run would find nothing,
 * but would still read every decision's date for nothing). A run that removes anything is recorded, with
 * the period it applied, and sealed into the chain in the transaction of its first removals: verification
 * judges each removal by the run that made it, so a longer period set later does not make it look early.
 * The period is {@link RetentionInForce}'s, checked and said at the start.
 */
@Component
public class RetentionPeriod {

    /** The lease whose holder removes expired content. */
    static final String LEASE = "retention-period";

    private static final Logger log = LoggerFactory.getLogger(RetentionPeriod.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration retention;
    private final JobLeases leases;
    private final DecisionSealer sealer;

    RetentionPeriod(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            RetentionInForce inForce,
            JobLeases leases,
            DecisionSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.transactions = transactions;
        this.retention = inForce.period();
        this.leases = leases;
        leases.declare(LEASE);
    }

    /** Removes the personal content of every decision made before {@code now} less the period. */
    public int removeExpired(OffsetDateTime now) {
        return removeExpired(now, () -> true);
    }

    /**
     * The same, asking before each batch whether the period is still the one to apply: a run of many
     * batches stops, rather than finishing at a period another instance has replaced meanwhile (a review).
     */
    public synchronized int removeExpired(OffsetDateTime now, BooleanSupplier stillThePeriod) {
        OffsetDateTime removedAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        // To the millisecond, as its run is stored and sealed: the run says exactly what it removed.
        OffsetDateTime cutoff = removedAt.minus(retention).truncatedTo(ChronoUnit.MILLIS);
        int removed = 0;
        int batch;
        do {
            if (!stillThePeriod.getAsBoolean()) {
                break;
            }
            batch = transactions.execute(status -> removeBatch(cutoff, removedAt));
            removed += batch;
        } while (batch == BATCH);
        return removed;
    }

    private int removeBatch(OffsetDateTime cutoff, OffsetDateTime removedAt) {
        List<UUID> expired = jdbc.sql("SELECT decision_id FROM decision WHERE decided_at < :cutoff"
                        + " AND personal_removed_at IS NULL ORDER BY decided_at FETCH FIRST " + BATCH + " ROWS ONLY")
                .param("cutoff", cutoff)
                .query(UUID.class)
                .list();
        if (!expired.isEmpty()) {
            recordRun(cutoff, removedAt);
        }
        for (UUID id : expired) {
            // The analysts' profile (gender, age band, care status...) is about the child too: a decision's
            // id, which its case system keeps, must not still say it once the period is over. The rules that
            // refused it the panel (panel_unmet_rules) stay, as the rules that fired do: rule ids only.
            jdbc.sql("UPDATE decision SET request_sealed = NULL, response_sealed = NULL, child_ref_hash = NULL,"
                            + " referral_ref_hash = NULL, gender = NULL, age_band = NULL, care_status = NULL,"
                            + " referring_agency = NULL, exploitation_types = NULL, rhi_due = NULL,"
                            + " rhi_offered = NULL, personal_removed_at = :at WHERE decision_id = :id")
                    .param("at", removedAt)
                    .param("id", id)
                    .update();
            jdbc.sql("UPDATE decision_feedback SET comment_encrypted = NULL WHERE decision_id = :id")
                    .param("id", id)
                    .update();
            jdbc.sql("UPDATE decision_access SET reason_encrypted = NULL WHERE decision_id = :id")
                    .param("id", id)
                    .update();
            // So do the panel's outcomes' details (plans, reasons): their seal covers only the digest.
            jdbc.sql("UPDATE panel_outcome SET details_encrypted = NULL, details_removed_at = :at"
                            + " WHERE decision_id = :id AND details_removed_at IS NULL")
                    .param("at", removedAt)
                    .param("id", id)
                    .update();
            // The names it linked by go with the content: a removed decision is never linked again.
            jdbc.sql("DELETE FROM decision_identifier WHERE decision_id = :id")
                    .param("id", id)
                    .update();
            // Its missing episodes' hashes are part of the profile, and go with rhi_due and rhi_offered.
            jdbc.sql("DELETE FROM decision_return_interview WHERE decision_id = :id")
                    .param("id", id)
                    .update();
        }
        return expired.size();
    }

    /**
     * The run removing at this moment, recorded and queued for its seal unless an earlier batch did so. A run
     * recorded at the same moment with another cutoff (another period: two instances set up differently,
     * at a lease's handover) would have these removals judged by its own, so this one stops instead and
     * the next check, a moment later, records its own run.
     */
    private void recordRun(OffsetDateTime cutoff, OffsetDateTime removedAt) {
        List<OffsetDateTime> recorded = jdbc.sql("SELECT cutoff FROM retention_run WHERE removed_at = :at")
                .param("at", removedAt)
                .query(OffsetDateTime.class)
                .list();
        if (!recorded.isEmpty()) {
            if (!recorded.get(0).isEqual(cutoff)) {
                throw new IllegalStateException("Another retention run removed at " + removedAt
                        + " with another period; removing again at the next check");
            }
            return;
        }
        UUID runId = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO retention_run (run_id, removed_at, retention, cutoff) VALUES (:id, :at, :period, :cutoff)")
                .param("id", runId)
                .param("at", removedAt)
                .param("period", retention.toString())
                .param("cutoff", cutoff)
                .update();
        sealer.queue(RecordKind.RETENTION, runId);
    }

    /** Every mset.audit.retention-check-every, while the period is the database's ({@link RetentionAgreement}). */
    void removeIfLeaseHeld(BooleanSupplier stillThePeriod) {
        leases.cleanUpIfHeld(
                LEASE,
                () -> removeExpired(OffsetDateTime.now(ZoneOffset.UTC), stillThePeriod),
                log,
                "Retention period: removed the personal content of {} decisions",
                "Removing expired personal content failed");
    }
}
