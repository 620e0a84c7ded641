package org.msettriage.service.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.msettriage.service.problem.SafeTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals stored decisions into the chain, on one background thread. A triage call only adds its decision
 * to the queue ({@code decision_unsealed}) in its own transaction, so triage calls never wait for each
 * other or for the chain; this thread takes the queue in order and appends one link per decision. A
 * decision is sealed from its row as stored, within about {@code mset.audit.seal-every} of its storing;
 * the queue is in the database, so a decision stored just before a crash is sealed at the next start.
 */
@Component
public class DecisionSealer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DecisionSealer.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final byte[] sealKey;
    private final Object chainLock = new Object();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread sealer = new Thread(runnable, "decision-sealer");
        sealer.setDaemon(true);
        return sealer;
    });

    DecisionSealer(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transactions,
            AuditKeys keys,
            AuditSettings settings) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.sealKey = keys.seal();
        long every = settings.sealEvery().toMillis();
        thread.scheduleWithFixedDelay(this::sealQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Queues decisions just stored, in the storing transaction: each record as the database holds it,
     * hashed and MAC'd, so that what the sealer later seals is provably what was stored. One read and one
     * batch of inserts for the whole group.
     */
    public void queue(List<UUID> decisionIds) {
        List<QueueEntry> entries = jdbc.sql(
                        "SELECT " + SealedDecision.COLUMNS + " FROM decision d" + " WHERE d.decision_id IN (:ids)")
                .param("ids", decisionIds)
                .query((row, n) -> QueueEntry.of(SealedDecision.from(row), sealKey))
                .list();
        if (entries.size() != decisionIds.size()) {
            throw new IllegalStateException("Only " + entries.size() + " of " + decisionIds.size()
                    + " decisions just stored could be read back to queue for sealing");
        }
        batch.batchUpdate(
                "INSERT INTO decision_unsealed (decision_id, queued_at, record_sha256, queue_mac)"
                        + " VALUES (?, CURRENT_TIMESTAMP, ?, ?)",
                entries.stream()
                        .map(entry -> new Object[] {entry.decisionId(), entry.recordSha256(), entry.queueMac()})
                        .toList());
    }

    /** Seals everything queued now; answers how many decisions it sealed. */
    public int sealPending() {
        synchronized (chainLock) {
            int sealed = 0;
            int batch;
            do {
                batch = transactions.execute(status -> sealBatch());
                sealed += batch;
            } while (batch == BATCH);
            return sealed;
        }
    }

    /** Held while links are added: a check that holds it reads the chain as one consistent whole. */
    Object chainLock() {
        return chainLock;
    }

    private int sealBatch() {
        Optional<Seal> last = jdbc.sql("SELECT " + Seal.COLUMNS + " FROM decision_seal s ORDER BY s.position DESC"
                        + " FETCH FIRST ROW ONLY")
                .query((row, n) -> Seal.from(row))
                .optional();
        // Left queued, for the verifier to report: entries whose decision is gone, was altered while it
        // waited or was queued without the key, and decisions queued again after they were sealed.
        record Queued(SealedDecision decision, QueueEntry entry) {}
        List<SealedDecision> queued = jdbc
                .sql("SELECT " + SealedDecision.COLUMNS
                        + ", u.record_sha256 AS queued_sha256, u.queue_mac FROM decision_unsealed u"
                        + " JOIN decision d ON d.decision_id = u.decision_id"
                        + " WHERE NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = u.decision_id)"
                        + " ORDER BY u.queued_at, u.decision_id FETCH FIRST " + BATCH + " ROWS ONLY")
                .query((row, n) -> new Queued(
                        SealedDecision.from(row),
                        new QueueEntry(
                                row.getObject("decision_id", UUID.class),
                                row.getString("queued_sha256"),
                                row.getString("queue_mac"))))
                .list()
                .stream()
                .filter(waiting -> waiting.entry().matches(waiting.decision(), sealKey))
                .map(Queued::decision)
                .toList();
        long position = last.map(Seal::position).orElse(0L);
        UUID previousDecision = last.map(Seal::decisionId).orElse(null);
        String previousMac = last.map(Seal::chainMac).orElse(Seal.GENESIS);
        // Millisecond precision survives the database's timestamp type exactly, so the MAC re-computes.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        for (SealedDecision decision : queued) {
            position++;
            Seal seal = Seal.link(
                    sealKey, position, decision.decisionId(), previousDecision, decision.sha256(), previousMac, now);
            jdbc.sql("""
                    INSERT INTO decision_seal (position, decision_id, previous_decision_id, record_sha256,
                                               previous_chain_mac, chain_mac, sealed_at)
                    VALUES (:position, :decisionId, :previousDecisionId, :recordSha256, :previousChainMac,
                            :chainMac, :sealedAt)
                    """)
                    .param("position", seal.position())
                    .param("decisionId", seal.decisionId())
                    .param("previousDecisionId", seal.previousDecisionId())
                    .param("recordSha256", seal.recordSha256())
                    .param("previousChainMac", seal.previousChainMac())
                    .param("chainMac", seal.chainMac())
                    .param("sealedAt", seal.sealedAt())
                    .update();
            jdbc.sql("DELETE FROM decision_unsealed WHERE decision_id = :id")
                    .param("id", decision.decisionId())
                    .update();
            previousDecision = seal.decisionId();
            previousMac = seal.chainMac();
        }
        return queued.size();
    }

    private void sealQuietly() {
        try {
            sealPending();
        } catch (RuntimeException e) {
            // The queue keeps every decision not yet sealed, so the next round tries them again.
            log.error("Sealing failed; queued decisions stay queued: {}", SafeTrace.describe(e));
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
