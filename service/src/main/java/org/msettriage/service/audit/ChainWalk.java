package org.msettriage.service.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.msettriage.service.audit.AuditVerification.Kind;

/** Follows the links in position order, reporting each break once, at the link it concerns. */
final class ChainWalk {

    /** How far from where it stands a moved link is looked for when the link before it moved too. */
    private static final int NEARBY = 16;

    private final ChainProblems problems;
    private final ChainIndex index;
    private final byte[] sealKey;
    /** Which table still holds a record with an id, if any does: a missing link's record may still be stored. */
    private final Function<UUID, Optional<RecordKind>> storedKind;
    /** For each missing position, the decision the link after it says was sealed there. */
    private final Map<Long, UUID> namedByNext = new HashMap<>();

    private Seal previous;
    private boolean previousIntact = true;
    long sealed;
    long removedContent;

    ChainWalk(
            ChainProblems problems, ChainIndex index, byte[] sealKey, Function<UUID, Optional<RecordKind>> storedKind) {
        this.problems = problems;
        this.index = index;
        this.sealKey = sealKey;
        this.storedKind = storedKind;
    }

    /** Answers whether the link verifies where it stands. */
    boolean next(Seal seal, RecordKind kind) {
        sealed++;
        boolean intact = seal.intact(sealKey);
        OptionalLong sealedAt = intact ? OptionalLong.of(seal.position()) : originalPosition(seal);
        if (!intact) {
            if (sealedAt.isPresent()) {
                problems.add(
                        seal.decisionId(),
                        kind,
                        Kind.REORDERED,
                        seal.position(),
                        "sealed at position " + sealedAt.getAsLong() + ", now at position " + seal.position());
            } else {
                problems.add(seal.decisionId(), kind, Kind.CHANGED, seal.position(), "its seal was altered");
            }
        } else if (previous != null
                && previousIntact
                && seal.position() == previous.position() + 1
                && (!seal.previousChainMac().equals(previous.chainMac())
                        || !Objects.equals(seal.previousDecisionId(), previous.decisionId()))) {
            problems.add(
                    seal.decisionId(),
                    kind,
                    Kind.CHANGED,
                    seal.position(),
                    "its seal does not follow from the seal before it");
        }
        if (sealedAt.isPresent() && index.missingPositions.contains(sealedAt.getAsLong() - 1)) {
            namedByNext.put(sealedAt.getAsLong() - 1, seal.previousDecisionId());
        }
        previous = seal;
        previousIntact = intact;
        return intact;
    }

    /**
     * Reports every position with no link. The link sealed after it names the decision that stood
     * there: gone with its seal (removed), or still stored, with its seal gone or sealed again later.
     */
    void nameMissingLinks() {
        for (long position : index.missingPositions) {
            UUID name = namedByNext.get(position);
            Optional<RecordKind> stored = name == null ? Optional.empty() : storedKind.apply(name);
            if (name == null) {
                problems.add(
                        null,
                        null,
                        Kind.REMOVED,
                        position,
                        "the seal at position " + position + " is gone, and with it the link that named its record");
            } else if (stored.isEmpty()) {
                problems.add(
                        name,
                        null,
                        Kind.REMOVED,
                        position,
                        "the record sealed at position " + position + " and its seal are gone");
            } else {
                Long now = index.positionOfDecision.get(name);
                problems.add(
                        name,
                        stored.get(),
                        Kind.CHANGED,
                        position,
                        "its seal at position " + position + " is gone"
                                + (now == null ? "" : "; it was sealed again at position " + now));
            }
        }
        for (long more = index.missingPositions.size(); more < index.missing; more++) {
            problems.add(null, null, Kind.REMOVED, null, "another seal is gone");
        }
    }

    /** Where a link that no longer verifies where it stands was sealed, if its MAC proves a place. */
    private OptionalLong originalPosition(Seal seal) {
        List<Long> candidates = new ArrayList<>();
        if (seal.previousChainMac().equals(Seal.GENESIS)) {
            candidates.add(1L);
        } else if (index.positionOfMac.containsKey(seal.previousChainMac())) {
            candidates.add(index.positionOfMac.get(seal.previousChainMac()) + 1);
        } else {
            // The link it chained from is gone too: it stood just after one of the missing positions.
            index.missingPositions.forEach(missing -> candidates.add(missing + 1));
        }
        OptionalLong found = candidates.stream()
                .filter(at -> sealedAt(seal, at))
                .mapToLong(Long::longValue)
                .findFirst();
        Long chainedFrom = index.positionOfMac.get(seal.previousChainMac());
        if (found.isPresent() || chainedFrom == null || chainedFrom + 1 == seal.position()) {
            // Not looked for further unless the link it chained from is still stored and stands elsewhere
            // than just before it: a link altered where it stands costs no more HMACs than before, and links
            // renumbered to close the gap a removed one left are not called moved (a review of this change).
            return found;
        }
        // The link it chained from was moved too (two links side by side swapped): where that one stands
        // now is not where it was, so this one is looked for nearby. Its MAC covers its position, so a
        // match is where it was sealed; without this, one of a swapped pair read as forged ("its seal
        // was altered", an auditor's trial).
        return LongStream.rangeClosed(Math.max(1, seal.position() - NEARBY), seal.position() + NEARBY)
                .filter(at -> sealedAt(seal, at))
                .findFirst();
    }

    private boolean sealedAt(Seal seal, long at) {
        return at != seal.position() && seal.macAt(sealKey, at).equals(seal.chainMac());
    }

    Optional<AuditVerification.Head> head() {
        return Optional.ofNullable(previous).map(last -> new AuditVerification.Head(last.position(), last.chainMac()));
    }
}
