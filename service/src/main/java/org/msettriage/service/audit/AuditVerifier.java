package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.msettriage.service.audit.AuditVerification.Kind;
import org.msettriage.service.audit.AuditVerification.Problem;
import org.msettriage.service.store.HashBytes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the sealed record without changing anything: every link against its own MAC and its place in
 * the chain, every sealed decision against the record its link sealed and its personal content against
 * its digest, and every stored decision for a link. Problems are named by decision id. Everything is read
 * in one repeatable-read transaction, a snapshot of the database, so links that any instance adds
 * meanwhile can neither look like gaps nor move a decision from the queue to the chain between two
 * reads (counted in neither); this instance's sealer is held as well. Triage calls carry on meanwhile.
 */
@Component
public class AuditVerifier {

    /** The most problems one answer lists; the total is always given. */
    static final int LISTED_PROBLEMS = 1000;

    /** How long a decision may wait for its seal before the wait itself is a problem. */
    static final Duration STALE_QUEUE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Object chainLock;
    private final TransactionTemplate snapshot;
    private final byte[] sealKey;
    private final Duration retention;
    /** No service seals into the database checked (a stopped service's, or a backup's). */
    private final boolean offline;

    private final Clock clock;

    @Autowired
    AuditVerifier(
            JdbcClient jdbc,
            DecisionSealer sealer,
            AuditKeys keys,
            AuditSettings settings,
            PlatformTransactionManager transactions) {
        this(jdbc, sealer.chainLock(), keys, settings, transactions, false, Clock.systemUTC());
    }

    private AuditVerifier(
            JdbcClient jdbc,
            Object chainLock,
            AuditKeys keys,
            AuditSettings settings,
            PlatformTransactionManager transactions,
            boolean offline,
            Clock clock) {
        this.jdbc = jdbc;
        this.offline = offline;
        this.clock = clock;
        this.chainLock = chainLock;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.sealKey = keys.seal();
        this.retention = settings.retention();
    }

    /** A verifier for a database no service is sealing into (the command line's): it never writes. */
    public static AuditVerifier offline(DataSource database, AuditKeys keys, AuditSettings settings) {
        return offline(database, keys, settings, Clock.systemUTC());
    }

    /** As {@link #offline(DataSource, AuditKeys, AuditSettings)}, checking at the clock's moment. */
    public static AuditVerifier offline(DataSource database, AuditKeys keys, AuditSettings settings, Clock clock) {
        return new AuditVerifier(
                JdbcClient.create(database),
                new Object(),
                keys,
                settings,
                new DataSourceTransactionManager(database),
                true,
                clock);
    }

    public AuditVerification verify() {
        return verify(Optional.empty());
    }

    /**
     * As {@link #verify()}, and the chain checked to still hold a head kept from an earlier check: links
     * cut from the end leave a shorter chain that verifies, which only a head kept elsewhere can show.
     */
    public AuditVerification verify(Optional<AuditVerification.Head> kept) {
        synchronized (chainLock) {
            return snapshot.execute(status -> verifyStill(kept));
        }
    }

    private AuditVerification verifyStill(Optional<AuditVerification.Head> kept) {
        OffsetDateTime checkedAt = OffsetDateTime.now(clock);
        ChainProblems problems = new ChainProblems();
        ChainIndex index = new ChainIndex();
        jdbc.sql("SELECT position, decision_id, chain_mac FROM decision_seal ORDER BY position")
                .query(row -> {
                    index.add(
                            row.getLong("position"),
                            row.getObject("decision_id", UUID.class),
                            HashBytes.hex(row, "chain_mac"));
                });
        Optional<AuditVerification.KeptHeadCheck> keptHead = kept.map(head -> checkKeptHead(head, index, problems));
        Map<Instant, SealedRetention> runs = sealedRetentionRuns();
        ChainWalk walk = new ChainWalk(problems, index, sealKey, this::storedKind);
        KeptRulesetsCheck rulesets = new KeptRulesetsCheck(jdbc);
        jdbc.sql("SELECT " + Seal.COLUMNS + ", s.record_kind, " + SealedRecord.COLUMNS + ", " + StoredContent.COLUMNS
                        + ", " + SealedOutcome.CONTENT_COLUMNS + ", " + SealedAccess.CONTENT_COLUMNS + ", "
                        + SealedFeedback.CONTENT_COLUMNS
                        + " FROM decision_seal s" + SealedRecord.joins("s") + SealedOutcome.CONTENT_JOIN
                        + SealedAccess.CONTENT_JOIN + SealedFeedback.CONTENT_JOIN + " ORDER BY s.position")
                .query(row -> {
                    Seal seal = Seal.from(row);
                    RecordKind kind = RecordKind.of(row.getString("record_kind"));
                    boolean sealIntact = walk.next(seal, kind);
                    if (kind == null) {
                        problems.add(
                                seal.decisionId(), null, Kind.CHANGED, seal.position(), "its record kind was altered");
                        return;
                    }
                    SealedRecord record = SealedRecord.from(row, "record_kind");
                    if (record == null) {
                        problems.add(
                                seal.decisionId(),
                                kind,
                                Kind.REMOVED,
                                seal.position(),
                                "the sealed " + kind.words() + " is gone");
                    } else if (record instanceof SealedDecision decision) {
                        checkDecision(seal, decision, row, problems, runs, checkedAt);
                        if (sealIntact && decision.sha256().equals(seal.recordSha256())) {
                            rulesets.carriedBy(decision);
                        }
                        if (row.getObject("personal_removed_at") != null) {
                            walk.removedContent++;
                        }
                    } else if (record instanceof SealedOutcome outcome) {
                        checkOutcome(seal, outcome, row, problems);
                    } else if (record instanceof SealedFeedback feedback) {
                        checkFields(seal, feedback, problems);
                        feedback.contentProblem(row)
                                .ifPresent(detail -> problems.add(
                                        seal.decisionId(), RecordKind.FEEDBACK, Kind.CHANGED, seal.position(), detail));
                    } else if (record instanceof SealedAccess access) {
                        checkFields(seal, access, problems);
                        access.contentProblem(row)
                                .ifPresent(detail -> problems.add(
                                        seal.decisionId(), RecordKind.ACCESS, Kind.CHANGED, seal.position(), detail));
                    } else {
                        checkFields(seal, record, problems);
                    }
                });
        jdbc.sql("""
                SELECT d.decision_id AS record_id, 'DECISION' AS record_kind, d.decided_at AS stored_at,
                       CAST(NULL AS VARCHAR(64)) AS switched_to
                FROM decision d
                WHERE NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = d.decision_id)
                  AND NOT EXISTS (SELECT 1 FROM decision_unsealed u WHERE u.decision_id = d.decision_id)
                UNION ALL
                SELECT o.outcome_id, 'OUTCOME', o.recorded_at, CAST(NULL AS VARCHAR(64)) FROM panel_outcome o
                WHERE NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = o.outcome_id)
                  AND NOT EXISTS (SELECT 1 FROM decision_unsealed u WHERE u.decision_id = o.outcome_id)
                UNION ALL
                SELECT ra.record_id, 'ACTIVATION', ra.activated_at, ra.version FROM ruleset_activation ra
                WHERE ra.record_id IS NULL
                   OR (NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = ra.record_id)
                       AND NOT EXISTS (SELECT 1 FROM decision_unsealed u WHERE u.decision_id = ra.record_id))
                UNION ALL
                SELECT rr.run_id, 'RETENTION', rr.removed_at, CAST(NULL AS VARCHAR(64)) FROM retention_run rr
                WHERE NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = rr.run_id)
                  AND NOT EXISTS (SELECT 1 FROM decision_unsealed u WHERE u.decision_id = rr.run_id)
                UNION ALL
                SELECT fb.feedback_id, 'FEEDBACK', fb.recorded_at, CAST(NULL AS VARCHAR(64)) FROM decision_feedback fb
                WHERE NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = fb.feedback_id)
                  AND NOT EXISTS (SELECT 1 FROM decision_unsealed u WHERE u.decision_id = fb.feedback_id)
                UNION ALL
                SELECT da.access_id, 'ACCESS', da.accessed_at, CAST(NULL AS VARCHAR(64)) FROM decision_access da
                WHERE NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = da.access_id)
                  AND NOT EXISTS (SELECT 1 FROM decision_unsealed u WHERE u.decision_id = da.access_id)
                UNION ALL
                SELECT pm.meeting_id, 'MEETING', pm.created_at, CAST(NULL AS VARCHAR(64)) FROM panel_meeting pm
                WHERE NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = pm.meeting_id)
                  AND NOT EXISTS (SELECT 1 FROM decision_unsealed u WHERE u.decision_id = pm.meeting_id)
                ORDER BY stored_at, record_id
                """).query(row -> {
            String switchedTo = row.getString("switched_to");
            problems.add(
                    row.getObject("record_id", UUID.class),
                    RecordKind.valueOf(row.getString("record_kind")),
                    Kind.NOT_SEALED,
                    null,
                    switchedTo == null
                            ? "stored, but neither sealed nor waiting to be sealed"
                            : "a switch to ruleset " + switchedTo + " recorded at "
                                    + row.getObject("stored_at", OffsetDateTime.class)
                                    + ", neither sealed nor waiting to be sealed");
        });
        walk.nameMissingLinks();
        rulesets.altered()
                .forEach(altered -> problems.add(
                        null, RecordKind.RULESET, Kind.CHANGED, null, altered.detail(), altered.version()));
        long awaiting = checkQueue(problems, checkedAt);
        return new AuditVerification(
                checkedAt,
                walk.sealed,
                awaiting,
                walk.removedContent,
                walk.head(),
                problems.listed,
                problems.total,
                keptHead,
                index.missingLinks.found());
    }

    /**
     * The queue: each entry must name a stored decision not yet sealed, still as it was when queued, and
     * made with the key; and none may wait much longer than the sealer takes. Answers how many wait as
     * they should.
     */
    private long checkQueue(ChainProblems problems, OffsetDateTime checkedAt) {
        OffsetDateTime stale = (offline ? lastRecordedMoment().orElse(checkedAt) : checkedAt).minus(STALE_QUEUE);
        long[] awaiting = {0};
        jdbc.sql("SELECT u.decision_id AS queued_id, u.record_kind, u.queued_at, u.record_sha256 AS queued_sha256,"
                        + " u.queue_mac, (SELECT COUNT(*) FROM decision_seal s WHERE s.decision_id = u.decision_id)"
                        + " AS seals, " + SealedRecord.DECISION_PRESENT + ", " + SealedRecord.COLUMNS
                        + " FROM decision_unsealed u" + SealedRecord.joins("u")
                        + " ORDER BY u.queued_at, u.decision_id")
                .query(row -> {
                    UUID id = row.getObject("queued_id", UUID.class);
                    RecordKind kind = RecordKind.of(row.getString("record_kind"));
                    if (kind == null) {
                        problems.add(id, null, Kind.CHANGED, null, "queued with an altered record kind");
                        return;
                    }
                    QueueEntry entry =
                            new QueueEntry(id, HashBytes.hex(row, "queued_sha256"), HashBytes.hex(row, "queue_mac"));
                    SealedRecord record = SealedRecord.from(row, "record_kind");
                    if (record == null) {
                        problems.add(id, kind, Kind.REMOVED, null, "removed before it was sealed");
                    } else if (row.getLong("seals") > 0) {
                        problems.add(id, kind, Kind.CHANGED, null, "queued to be sealed again after it was sealed");
                    } else if (!entry.matches(record, sealKey)) {
                        problems.add(
                                id,
                                kind,
                                Kind.CHANGED,
                                null,
                                "altered while it waited to be sealed, or queued by someone without the seal key");
                    } else if (row.getObject("queued_at", OffsetDateTime.class).isBefore(stale)) {
                        problems.add(
                                id,
                                kind,
                                Kind.NOT_SEALED,
                                null,
                                "waiting to be sealed for longer than the sealer takes; is the sealer running?");
                    } else {
                        awaiting[0]++;
                    }
                });
        return awaiting[0];
    }

    /**
     * The latest moment the database records a record queued or sealed. Checked offline, that stands for
     * the moment its sealer stopped (the service's, or the backup taken from it): a wait is judged up to
     * then, not up to the clock, or every copy would list whatever waited in it when it was taken.
     */
    private Optional<OffsetDateTime> lastRecordedMoment() {
        return jdbc
                .sql("SELECT MAX(moment) FROM (SELECT MAX(queued_at) AS moment FROM decision_unsealed"
                        + " UNION ALL SELECT MAX(sealed_at) FROM decision_seal) m")
                .query((row, n) -> row.getObject(1, OffsetDateTime.class))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Whether one decision matches its seal (read without holding the sealer: one link cannot tear). */
    public RecordIntegrity integrityOf(UUID decisionId) {
        Optional<RecordIntegrity> sealed = sealedIntegrity(decisionId);
        if (sealed.isEmpty() && queued(decisionId)) {
            return new RecordIntegrity(
                    RecordIntegrity.State.AWAITING_SEAL,
                    null,
                    null,
                    "Stored moments ago; it is sealed within a second.");
        }
        // Not queued: the sealer may have moved it into the chain since the first read, so look again.
        return sealed.or(() -> sealedIntegrity(decisionId))
                .orElseGet(() -> new RecordIntegrity(
                        RecordIntegrity.State.CHANGED, null, null, "It is not in the sealed chain at all."));
    }

    private Optional<RecordIntegrity> sealedIntegrity(UUID decisionId) {
        return jdbc.sql("SELECT " + Seal.COLUMNS + ", " + SealedDecision.COLUMNS + ", "
                        + StoredContent.COLUMNS
                        + " FROM decision_seal s JOIN decision d ON d.decision_id = s.decision_id"
                        + " WHERE s.decision_id = :id AND s.record_kind = 'DECISION'")
                .param("id", decisionId)
                .query((row, n) -> {
                    Seal seal = Seal.from(row);
                    ChainProblems problems = new ChainProblems();
                    if (!seal.intact(sealKey)) {
                        problems.add(
                                decisionId, RecordKind.DECISION, Kind.CHANGED, seal.position(), "its seal was altered");
                    }
                    OffsetDateTime removedAt = row.getObject("personal_removed_at", OffsetDateTime.class);
                    checkDecision(
                            seal,
                            SealedDecision.from(row),
                            row,
                            problems,
                            removedAt == null ? Map.of() : sealedRetentionRuns(removedAt),
                            OffsetDateTime.now(ZoneOffset.UTC));
                    return problems.listed.isEmpty()
                            ? new RecordIntegrity(
                                    RecordIntegrity.State.INTACT,
                                    seal.position(),
                                    seal.sealedAt(),
                                    "It matches its seal at position " + seal.position() + ".")
                            : new RecordIntegrity(
                                    RecordIntegrity.State.CHANGED,
                                    seal.position(),
                                    seal.sealedAt(),
                                    "It does not match its seal: "
                                            + String.join(
                                                    "; ",
                                                    problems.listed.stream()
                                                            .map(Problem::detail)
                                                            .toList())
                                            + ".");
                })
                .optional();
    }

    private boolean queued(UUID decisionId) {
        return jdbc.sql("SELECT COUNT(*) FROM decision_unsealed WHERE decision_id = :id")
                        .param("id", decisionId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The retention runs the chain holds as they were sealed, by the moment each removed at: a removal is
     * judged by the run that made it. A run altered since its seal, or not in the chain, judges nothing (the
     * walk names it); nor does one still waiting for its seal (a quarter of a second, unless sealing has
     * stalled), whose removals are judged meanwhile by today's period.
     */
    private Map<Instant, SealedRetention> sealedRetentionRuns() {
        return sealedRetentionRuns("", Map.of());
    }

    /** The sealed run that removed at this moment, if the chain holds one. */
    private Map<Instant, SealedRetention> sealedRetentionRuns(OffsetDateTime removedAt) {
        return sealedRetentionRuns(" AND rr.removed_at = :at", Map.of("at", removedAt));
    }

    private Map<Instant, SealedRetention> sealedRetentionRuns(String condition, Map<String, Object> params) {
        Map<Instant, SealedRetention> runs = new HashMap<>();
        jdbc.sql("SELECT " + Seal.COLUMNS + ", " + SealedRetention.COLUMNS + " FROM retention_run rr"
                        + " JOIN decision_seal s ON s.decision_id = rr.run_id AND s.record_kind = 'RETENTION'"
                        + " WHERE 1 = 1" + condition)
                .params(params)
                .query(row -> {
                    Seal seal = Seal.from(row);
                    SealedRetention run = SealedRetention.from(row);
                    // Only a run as it was sealed judges anything; an altered one is named by the walk.
                    if (seal.intact(sealKey) && run.sha256().equals(seal.recordSha256())) {
                        runs.put(run.removedAt().toInstant(), run);
                    }
                });
        return runs;
    }

    private void checkDecision(
            Seal seal,
            SealedDecision decision,
            ResultSet row,
            ChainProblems problems,
            Map<Instant, SealedRetention> runs,
            OffsetDateTime checkedAt)
            throws SQLException {
        if (!decision.sha256().equals(seal.recordSha256())) {
            problems.add(
                    seal.decisionId(),
                    RecordKind.DECISION,
                    Kind.CHANGED,
                    seal.position(),
                    "its stored fields differ from those sealed");
        }
        StoredContent content = StoredContent.from(row);
        content.problem(decision, retention, runs, checkedAt)
                .ifPresent(detail ->
                        problems.add(seal.decisionId(), RecordKind.DECISION, Kind.CHANGED, seal.position(), detail));
    }

    private void checkOutcome(Seal seal, SealedOutcome outcome, ResultSet row, ChainProblems problems)
            throws SQLException {
        checkFields(seal, outcome, problems);
        outcome.contentProblem(row)
                .ifPresent(detail ->
                        problems.add(seal.decisionId(), RecordKind.OUTCOME, Kind.CHANGED, seal.position(), detail));
    }

    /** A record whose sealed fields, as stored now, no longer give the SHA-256 its link holds. */
    private static void checkFields(Seal seal, SealedRecord record, ChainProblems problems) {
        if (!record.sha256().equals(seal.recordSha256())) {
            problems.add(
                    seal.decisionId(),
                    record.kind(),
                    Kind.CHANGED,
                    seal.position(),
                    "its stored fields differ from those sealed");
        }
    }

    /**
     * A head kept from an earlier check must still stand where it stood, with the chain reaching it. Answers
     * whether it does, so the check can say it matched.
     */
    private static AuditVerification.KeptHeadCheck checkKeptHead(
            AuditVerification.Head head, ChainIndex index, ChainProblems problems) {
        Long at = index.positionOfMac.get(head.chainMac());
        if (at != null && at == head.position()) {
            return new AuditVerification.KeptHeadCheck(head.position(), head.chainMac(), true);
        }
        if (index.last < head.position()) {
            problems.add(
                    null,
                    null,
                    Kind.REMOVED,
                    head.position(),
                    "the chain ends at position " + index.last + ", before the head kept from an earlier check at"
                            + " position " + head.position() + ": links were cut from its end");
        } else {
            problems.add(
                    null,
                    null,
                    Kind.CHANGED,
                    head.position(),
                    "the link at position " + head.position() + " is not the head kept from an earlier check:"
                            + " the chain was rewritten there or before it");
        }
        return new AuditVerification.KeptHeadCheck(head.position(), head.chainMac(), false);
    }

    /** Which table still holds a record with this id, if either does. */
    private Optional<RecordKind> storedKind(UUID recordId) {
        return jdbc
                .sql("SELECT 'DECISION' FROM decision WHERE decision_id = :id"
                        + " UNION ALL SELECT 'OUTCOME' FROM panel_outcome WHERE outcome_id = :id"
                        + " UNION ALL SELECT 'ACTIVATION' FROM ruleset_activation WHERE record_id = :id"
                        + " UNION ALL SELECT 'RETENTION' FROM retention_run WHERE run_id = :id"
                        + " UNION ALL SELECT 'MEETING' FROM panel_meeting WHERE meeting_id = :id"
                        + " UNION ALL SELECT 'ACCESS' FROM decision_access WHERE access_id = :id"
                        + " UNION ALL SELECT 'FEEDBACK' FROM decision_feedback WHERE feedback_id = :id")
                .param("id", recordId)
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .map(RecordKind::valueOf);
    }
}
