package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.msettriage.service.audit.AuditVerification.Kind;
import org.msettriage.service.audit.AuditVerification.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the sealed record without changing anything: every link against its own MAC and its place in
 * the chain, every sealed decision against the record its link sealed and its personal content against
 * its digest, and every stored decision for a link. Problems are named by decision id. The chain is read
 * while the sealer is held, so links being added cannot look like gaps; triage calls carry on meanwhile.
 */
@Component
public class AuditVerifier {

    /** The most problems one answer lists; the total is always given. */
    static final int LISTED_PROBLEMS = 1000;

    private final JdbcClient jdbc;
    private final Object chainLock;
    private final byte[] sealKey;
    private final Duration retention;

    @Autowired
    AuditVerifier(JdbcClient jdbc, DecisionSealer sealer, AuditKeys keys, AuditSettings settings) {
        this(jdbc, sealer.chainLock(), keys, settings);
    }

    private AuditVerifier(JdbcClient jdbc, Object chainLock, AuditKeys keys, AuditSettings settings) {
        this.jdbc = jdbc;
        this.chainLock = chainLock;
        this.sealKey = keys.seal();
        this.retention = settings.retention();
    }

    /** A verifier for a database no service is sealing into (the command line's): it never writes. */
    public static AuditVerifier offline(JdbcClient jdbc, AuditKeys keys, AuditSettings settings) {
        return new AuditVerifier(jdbc, new Object(), keys, settings);
    }

    public AuditVerification verify() {
        synchronized (chainLock) {
            return verifyStill();
        }
    }

    private AuditVerification verifyStill() {
        OffsetDateTime checkedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Problems problems = new Problems();
        ChainIndex index = new ChainIndex();
        jdbc.sql("SELECT position, decision_id, chain_mac FROM decision_seal ORDER BY position")
                .query(row -> {
                    index.add(
                            row.getLong("position"),
                            row.getObject("decision_id", UUID.class),
                            row.getString("chain_mac"));
                });
        ChainWalk walk = new ChainWalk(problems, index);
        jdbc.sql("SELECT " + Seal.COLUMNS + ", " + SealedDecision.COLUMNS + ", " + StoredContent.COLUMNS
                        + " FROM decision_seal s LEFT JOIN decision d ON d.decision_id = s.decision_id"
                        + " ORDER BY s.position")
                .query(row -> {
                    Seal seal = Seal.from(row);
                    walk.next(seal);
                    if (row.getObject("d_present") == null) {
                        problems.add(seal.decisionId(), Kind.REMOVED, seal.position(), "the sealed decision is gone");
                    } else {
                        checkDecision(seal, row, problems);
                        if (row.getObject("personal_removed_at") != null) {
                            walk.removedContent++;
                        }
                    }
                });
        jdbc.sql("""
                SELECT d.decision_id FROM decision d
                WHERE NOT EXISTS (SELECT 1 FROM decision_seal s WHERE s.decision_id = d.decision_id)
                  AND NOT EXISTS (SELECT 1 FROM decision_unsealed u WHERE u.decision_id = d.decision_id)
                ORDER BY d.decided_at, d.decision_id
                """)
                .query(UUID.class)
                .list()
                .forEach(id ->
                        problems.add(id, Kind.NOT_SEALED, null, "stored, but neither sealed nor waiting to be sealed"));
        jdbc.sql("""
                SELECT u.decision_id FROM decision_unsealed u
                WHERE NOT EXISTS (SELECT 1 FROM decision d WHERE d.decision_id = u.decision_id)
                ORDER BY u.queued_at, u.decision_id
                """)
                .query(UUID.class)
                .list()
                .forEach(id -> problems.add(id, Kind.REMOVED, null, "removed before it was sealed"));
        long awaiting = jdbc.sql("SELECT COUNT(*) FROM decision_unsealed u JOIN decision d"
                        + " ON d.decision_id = u.decision_id")
                .query(Long.class)
                .single();
        return new AuditVerification(
                checkedAt, walk.sealed, awaiting, walk.removedContent, walk.head(), problems.listed, problems.total);
    }

    /** Whether one decision matches its seal (read without holding the sealer: one link cannot tear). */
    public RecordIntegrity integrityOf(UUID decisionId) {
        Optional<RecordIntegrity> sealed = jdbc.sql("SELECT " + Seal.COLUMNS + ", " + SealedDecision.COLUMNS + ", "
                        + StoredContent.COLUMNS
                        + " FROM decision_seal s JOIN decision d ON d.decision_id = s.decision_id"
                        + " WHERE s.decision_id = :id")
                .param("id", decisionId)
                .query((row, n) -> {
                    Seal seal = Seal.from(row);
                    Problems problems = new Problems();
                    if (!seal.intact(sealKey)) {
                        problems.add(decisionId, Kind.CHANGED, seal.position(), "its seal was altered");
                    }
                    checkDecision(seal, row, problems);
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
        if (sealed.isPresent()) {
            return sealed.get();
        }
        boolean queued = jdbc.sql("SELECT COUNT(*) FROM decision_unsealed WHERE decision_id = :id")
                        .param("id", decisionId)
                        .query(Long.class)
                        .single()
                > 0;
        return queued
                ? new RecordIntegrity(
                        RecordIntegrity.State.AWAITING_SEAL,
                        null,
                        null,
                        "Stored moments ago; it is sealed within a second.")
                : new RecordIntegrity(
                        RecordIntegrity.State.CHANGED, null, null, "It is not in the sealed chain at all.");
    }

    private void checkDecision(Seal seal, ResultSet row, Problems problems) throws SQLException {
        SealedDecision decision = SealedDecision.from(row);
        if (!decision.sha256().equals(seal.recordSha256())) {
            problems.add(
                    seal.decisionId(), Kind.CHANGED, seal.position(), "its stored fields differ from those sealed");
        }
        StoredContent content = StoredContent.from(row);
        content.problem(decision, retention)
                .ifPresent(detail -> problems.add(seal.decisionId(), Kind.CHANGED, seal.position(), detail));
    }

    /** The problems found, the first {@link #LISTED_PROBLEMS} kept, all counted. */
    private static final class Problems {
        final List<Problem> listed = new ArrayList<>();
        long total;

        void add(UUID decisionId, Kind kind, Long position, String detail) {
            total++;
            if (listed.size() < LISTED_PROBLEMS) {
                listed.add(new Problem(decisionId, kind, position, detail));
            }
        }
    }

    /**
     * What the walk needs to know about the whole chain before it starts: where each link was sealed (from
     * the MAC the next link chains from: a moved link still carries it), which decisions have a link, and
     * which positions have none.
     */
    private static final class ChainIndex {
        final Map<String, Long> positionOfMac = new HashMap<>();
        final Set<UUID> sealedDecisions = new HashSet<>();
        final List<Long> missingPositions = new ArrayList<>();
        private long last;

        void add(long position, UUID decisionId, String chainMac) {
            positionOfMac.put(chainMac, position);
            sealedDecisions.add(decisionId);
            for (long missing = last + 1; missing < position && missingPositions.size() < 1000; missing++) {
                missingPositions.add(missing);
            }
            last = Math.max(last, position);
        }
    }

    /** Follows the links in position order, reporting each break once, at the link it concerns. */
    private final class ChainWalk {
        private final Problems problems;
        private final ChainIndex index;
        private Seal previous;
        private boolean previousIntact = true;
        long sealed;
        long removedContent;

        ChainWalk(Problems problems, ChainIndex index) {
            this.problems = problems;
            this.index = index;
        }

        void next(Seal seal) {
            sealed++;
            boolean intact = seal.intact(sealKey);
            if (!intact) {
                OptionalLong sealedAt = originalPosition(seal);
                if (sealedAt.isPresent()) {
                    problems.add(
                            seal.decisionId(),
                            Kind.REORDERED,
                            seal.position(),
                            "sealed at position " + sealedAt.getAsLong() + ", now at position " + seal.position());
                } else {
                    problems.add(seal.decisionId(), Kind.CHANGED, seal.position(), "its seal was altered");
                }
            } else if (previous != null
                    && previousIntact
                    && seal.position() == previous.position() + 1
                    && !seal.previousChainMac().equals(previous.chainMac())) {
                problems.add(
                        seal.decisionId(),
                        Kind.CHANGED,
                        seal.position(),
                        "its seal does not follow from the seal before it");
            }
            // A link names the decision sealed before it, so a link that is gone is still named by its
            // successor, wherever that successor now stands. (A decision whose row is still there is
            // reported as not sealed instead.)
            if (seal.previousDecisionId() != null && !index.sealedDecisions.contains(seal.previousDecisionId())) {
                long gone = originalPosition(seal).orElse(seal.position()) - 1;
                if (!decisionStored(seal.previousDecisionId())) {
                    problems.add(
                            seal.previousDecisionId(),
                            Kind.REMOVED,
                            gone,
                            "the decision sealed at position " + gone + " and its seal are gone");
                }
            }
            previous = seal;
            previousIntact = intact;
        }

        /** Where a link that no longer verifies where it stands was sealed, if its MAC proves a place. */
        private OptionalLong originalPosition(Seal seal) {
            if (seal.intact(sealKey)) {
                return OptionalLong.empty();
            }
            List<Long> candidates = new ArrayList<>();
            if (seal.previousChainMac().equals(Seal.GENESIS)) {
                candidates.add(1L);
            } else if (index.positionOfMac.containsKey(seal.previousChainMac())) {
                candidates.add(index.positionOfMac.get(seal.previousChainMac()) + 1);
            } else {
                // The link it chained from is gone too: it stood just after one of the missing positions.
                index.missingPositions.forEach(missing -> candidates.add(missing + 1));
            }
            return candidates.stream()
                    .filter(at ->
                            at != seal.position() && seal.macAt(sealKey, at).equals(seal.chainMac()))
                    .mapToLong(Long::longValue)
                    .findFirst();
        }

        Optional<AuditVerification.Head> head() {
            return Optional.ofNullable(previous)
                    .map(last -> new AuditVerification.Head(last.position(), last.chainMac()));
        }
    }

    private boolean decisionStored(UUID decisionId) {
        return jdbc.sql("SELECT COUNT(*) FROM decision WHERE decision_id = :id")
                        .param("id", decisionId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
