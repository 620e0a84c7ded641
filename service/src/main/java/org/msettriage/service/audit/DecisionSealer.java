package org.msettriage.service.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.msettriage.service.store.FaultOnce;
import org.msettriage.service.store.HashBytes;
import org.msettriage.service.store.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals stored decisions into the chain, in the background. A triage call only adds its decision to the
 * queue ({@code decision_unsealed}) in its own transaction, so triage calls never wait for each other or
 * for the chain; the sealer takes the queue in order and appends one link per decision. A decision is
 * sealed from its row as stored, within about {@code mset.audit.seal-every} of its storing; the queue is
 * in the database, so a decision stored just before a crash is sealed at the next start.
 *
 * <p>Instances sharing a database seal one chain: only the holder of the {@value #LEASE} lease seals, and
 * another takes over when it dies. The append itself keeps the chain from forking even if two ever seal
 * at once (a lease runs out during a long pause): each link's position is the table's primary key, so
 * the second transaction to write a position fails whole and its decisions stay queued for the next
 * round, chained from the link that won.
 */
@Component
public class DecisionSealer {

    /** The lease whose holder seals. */
    static final String LEASE = "decision-sealer";

    private static final Logger log = LoggerFactory.getLogger(DecisionSealer.class);
    private static final int BATCH = 500;
    private final FaultOnce sealing = FaultOnce.serious(log, "Sealing the queued decisions (they stay queued)");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final byte[] sealKey;
    private final JobLeases leases;
    // Within this instance, rounds take turns (a test's direct call and the scheduled round): racing each
    // other would only make one fail on the primary key. Across instances the lease and the key do that.
    private final Object chainLock = new Object();

    /**
     * Made after {@link StoredKeysCheck}, so that nothing is sealed, and no decision written (its writers
     * all queue here), with keys the database was not written with.
     */
    DecisionSealer(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transactions,
            AuditKeys keys,
            JobLeases leases,
            StoredKeysCheck keysMatchTheStore) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.sealKey = keys.seal();
        this.leases = leases;
        leases.declare(LEASE);
    }

    /**
     * Queues decisions just stored, in the storing transaction: each record as the database holds it,
     * hashed and MAC'd, so that what the sealer later seals is provably what was stored. One read and one
     * batch of inserts for the whole group.
     */
    public void queue(List<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            // A batch of retries only: nothing new. PostgreSQL refuses the empty IN () below, H2 reads it.
            return;
        }
        List<QueueEntry> entries = jdbc.sql(
                        "SELECT " + SealedDecision.COLUMNS + " FROM decision d" + " WHERE d.decision_id IN (:ids)")
                .param("ids", decisionIds)
                .query((row, n) -> QueueEntry.of(SealedDecision.from(row), sealKey))
                .list();
        if (entries.size() != decisionIds.size()) {
            throw new IllegalStateException("Only " + entries.size() + " of " + decisionIds.size()
                    + " decisions just stored could be read back to queue for sealing");
        }
        enqueue(RecordKind.DECISION, entries);
    }

    /**
     * Queues a record of another kind just stored (a panel outcome, a switch of the rules, a retention run, a
     * panel meeting, a read, feedback), in the transaction that stores it, as {@link #queue} does decisions.
     */
    public void queue(RecordKind kind, UUID recordId) {
        enqueue(kind, List.of(entryOf(jdbc, kind, recordId, sealKey)));
    }

    /**
     * The queue entry of a record as stored, read back through the same joins the sealer reads the queue
     * with, so what is queued is exactly what will be sealed; a record that cannot be read back fails the
     * storing transaction. Not for migrations: the joins name every kind's table as the latest schema has
     * them, so a migration reads its own kind's table as it stood at its version.
     */
    static QueueEntry entryOf(JdbcClient jdbc, RecordKind kind, UUID recordId, byte[] sealKey) {
        SealedRecord record = jdbc.sql("SELECT q.record_kind, " + SealedRecord.COLUMNS + ", "
                        + SealedRecord.DECISION_PRESENT
                        + " FROM (SELECT CAST(:id AS UUID) AS decision_id, CAST(:kind AS VARCHAR(20)) AS record_kind) q"
                        + SealedRecord.joins("q"))
                .param("id", recordId)
                .param("kind", kind.name())
                .query((row, n) -> SealedRecord.from(row, "record_kind"))
                .single();
        if (record == null) {
            throw new IllegalStateException("A " + kind.words() + " just stored could not be read back to queue");
        }
        return QueueEntry.of(record, sealKey);
    }

    /**
     * Whether the service recorded this switch of the rules as it now stands: queued for its seal with the
     * key, or sealed, and unaltered since. A row added or altered in the database behind the service's
     * back is neither, and is not served (the queue entry moves to the chain in one transaction, so a
     * switch is always found in one or the other).
     */
    public boolean recordedActivation(UUID recordId) {
        if (recordId == null) {
            return false;
        }
        Optional<SealedActivation> record = activation(jdbc, recordId);
        if (record.isEmpty()) {
            return false;
        }
        boolean queued = queued(jdbc, RecordKind.ACTIVATION, recordId).stream()
                .anyMatch(entry -> entry.matches(record.get(), sealKey));
        return queued
                || jdbc
                        .sql("SELECT " + Seal.COLUMNS + " FROM decision_seal s"
                                + " WHERE s.decision_id = :id AND s.record_kind = 'ACTIVATION'")
                        .param("id", recordId)
                        .query((row, n) -> Seal.from(row))
                        .list()
                        .stream()
                        .anyMatch(seal -> seal.intact(sealKey)
                                && seal.recordSha256().equals(record.get().sha256()));
    }

    /** The queue entries waiting for a record's seal, as stored (none once it is sealed). */
    static List<QueueEntry> queued(JdbcClient jdbc, RecordKind kind, UUID recordId) {
        return jdbc.sql("SELECT decision_id, record_sha256, queue_mac FROM decision_unsealed"
                        + " WHERE decision_id = :id AND record_kind = :kind")
                .param("id", recordId)
                .param("kind", kind.name())
                .query((row, n) -> new QueueEntry(
                        row.getObject("decision_id", UUID.class),
                        HashBytes.hex(row, "record_sha256"),
                        HashBytes.hex(row, "queue_mac")))
                .list();
    }

    /** A switch of the rules as stored, with its proposal: the fields its seal covers. */
    static Optional<SealedActivation> activation(JdbcClient jdbc, UUID recordId) {
        return jdbc.sql("SELECT " + SealedActivation.COLUMNS + " FROM ruleset_activation ra"
                        + SealedActivation.PROPOSAL_JOIN + " WHERE ra.record_id = :id")
                .param("id", recordId)
                .query((row, n) -> SealedActivation.from(row))
                .optional();
    }

    private void enqueue(RecordKind kind, List<QueueEntry> entries) {
        batch.batchUpdate(
                "INSERT INTO decision_unsealed (decision_id, record_kind, queued_at, record_sha256, queue_mac)"
                        + " VALUES (?, ?, CURRENT_TIMESTAMP, ?, ?)",
                entries.stream()
                        .map(entry -> new Object[] {
                            entry.decisionId(),
                            kind.name(),
                            HashBytes.of(entry.recordSha256()),
                            HashBytes.of(entry.queueMac())
                        })
                        .toList());
    }

    /**
     * Seals everything queued now; answers how many records it sealed. The chain is held one batch at a time,
     * so a verification waits for one batch, not for a long queue (after an upgrade that queued every entry
     * of a large access log, say).
     */
    public int sealPending() {
        int sealed = 0;
        Round round = null;
        do {
            QueuePlace after = round == null ? null : round.last();
            synchronized (chainLock) {
                round = transactions.execute(status -> sealBatch(after));
            }
            sealed += round.sealed();
        } while (round.read() == BATCH);
        return sealed;
    }

    /** Where a round's reading of the queue stopped: the next round reads on from there. */
    private record QueuePlace(OffsetDateTime queuedAt, UUID id) {}

    /**
     * One round: how many queue entries it read and how many it sealed. They differ by the entries left for
     * the verifier, which the next round reads past rather than again: 500 of them at the head of the queue
     * would otherwise fill every round, and nothing queued after them would be sealed (a review).
     */
    private record Round(int read, int sealed, QueuePlace last) {}

    /**
     * Seals everything queued, then runs the work with sealing held, given the chain's head (none while
     * nothing is sealed): a copy of the database the work takes ends its chain at that head. Records
     * stored meanwhile are queued as always, and sealed once the work is done.
     */
    public <T> T whileHeldAtHead(Function<Optional<AuditVerification.Head>, T> work) {
        synchronized (chainLock) {
            sealPending();
            Optional<AuditVerification.Head> head = jdbc.sql(
                            "SELECT position, chain_mac FROM decision_seal ORDER BY position DESC FETCH FIRST ROW ONLY")
                    .query((row, n) ->
                            new AuditVerification.Head(row.getLong("position"), HashBytes.hex(row, "chain_mac")))
                    .optional();
            return work.apply(head);
        }
    }

    /** Held while this instance adds links; the verifier's snapshot covers other instances' appends. */
    Object chainLock() {
        return chainLock;
    }

    private Round sealBatch(QueuePlace after) {
        Optional<Seal> last = jdbc.sql("SELECT " + Seal.COLUMNS + " FROM decision_seal s ORDER BY s.position DESC"
                        + " FETCH FIRST ROW ONLY")
                .query((row, n) -> Seal.from(row))
                .optional();
        // Left queued, for the verifier to report: entries whose record is gone, was altered while it
        // waited or was queued without the key, and records queued again after they were sealed.
        record Queued(SealedRecord record, QueueEntry entry, QueuePlace place) {}
        List<Queued> read = jdbc.sql(
                        "SELECT u.decision_id AS queued_id, u.queued_at, u.record_kind, u.record_sha256 AS queued_sha256, u.queue_mac, "
                                + SealedRecord.COLUMNS + ", " + SealedRecord.DECISION_PRESENT
                                + " FROM decision_unsealed u"
                                + SealedRecord.joins("u")
                                + " WHERE NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = u.decision_id)"
                                + " AND (d.decision_id IS NOT NULL OR o.outcome_id IS NOT NULL OR ra.record_id IS NOT NULL"
                                + " OR rr.run_id IS NOT NULL OR pm.meeting_id IS NOT NULL OR da.access_id IS NOT NULL"
                                + " OR fb.feedback_id IS NOT NULL)"
                                + (after == null
                                        ? ""
                                        : " AND (u.queued_at > :afterAt OR (u.queued_at = :afterAt AND u.decision_id > :afterId))")
                                + " ORDER BY u.queued_at, u.decision_id FETCH FIRST " + BATCH + " ROWS ONLY")
                .params(after == null ? Map.of() : Map.of("afterAt", after.queuedAt(), "afterId", after.id()))
                .query((row, n) -> new Queued(
                        SealedRecord.from(row, "record_kind"),
                        new QueueEntry(
                                row.getObject("queued_id", UUID.class),
                                HashBytes.hex(row, "queued_sha256"),
                                HashBytes.hex(row, "queue_mac")),
                        new QueuePlace(
                                row.getObject("queued_at", OffsetDateTime.class),
                                row.getObject("queued_id", UUID.class))))
                .list();
        List<SealedRecord> queued = read.stream()
                .filter(waiting -> waiting.entry().matches(waiting.record(), sealKey))
                .map(Queued::record)
                .toList();
        long position = last.map(Seal::position).orElse(0L);
        UUID previousDecision = last.map(Seal::decisionId).orElse(null);
        String previousMac = last.map(Seal::chainMac).orElse(Seal.GENESIS);
        // Millisecond precision survives the database's timestamp type exactly, so the MAC re-computes.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        for (SealedRecord record : queued) {
            position++;
            Seal seal = Seal.link(sealKey, position, record.id(), previousDecision, record.sha256(), previousMac, now);
            jdbc.sql("""
                    INSERT INTO decision_seal (position, decision_id, record_kind, previous_decision_id, record_sha256,
                                               previous_chain_mac, chain_mac, sealed_at)
                    VALUES (:position, :decisionId, :kind, :previousDecisionId, :recordSha256, :previousChainMac,
                            :chainMac, :sealedAt)
                    """)
                    .param("position", seal.position())
                    .param("decisionId", seal.decisionId())
                    .param("kind", record.kind().name())
                    .param("previousDecisionId", seal.previousDecisionId())
                    .param("recordSha256", HashBytes.of(seal.recordSha256()))
                    .param("previousChainMac", HashBytes.of(seal.previousChainMac()))
                    .param("chainMac", HashBytes.of(seal.chainMac()))
                    .param("sealedAt", seal.sealedAt())
                    .update();
            jdbc.sql("DELETE FROM decision_unsealed WHERE decision_id = :id")
                    .param("id", record.id())
                    .update();
            previousDecision = seal.decisionId();
            previousMac = seal.chainMac();
        }
        return new Round(
                read.size(),
                queued.size(),
                read.isEmpty() ? after : read.get(read.size() - 1).place());
    }

    @Scheduled(fixedDelayString = "${mset.audit.seal-every:250ms}")
    void sealIfLeaseHeld() {
        if (!leases.holds(LEASE)) {
            return;
        }
        try {
            sealPending();
            sealing.worked();
        } catch (DataIntegrityViolationException e) {
            // Another instance appended the same position first (it held the lease a moment ago).
            log.warn("Sealing deferred: another instance extended the chain meanwhile; queued decisions stay queued");
        } catch (RuntimeException e) {
            // The queue keeps every decision not yet sealed, so the next round tries them again. Said once a
            // fault, not every round (an operator's trial saw three traces of one outage).
            sealing.failed(e);
        }
    }
}
