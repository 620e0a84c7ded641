package org.msettriage.service.audit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the walk ({@link ChainWalk}) needs to know about the whole chain before it starts: where each link was sealed (from
 * the MAC the next link chains from: a moved link still carries it), where each decision is sealed,
 * and which positions have no link.
 */
final class ChainIndex {
    final Map<String, Long> positionOfMac = new HashMap<>();
    final Map<UUID, Long> positionOfDecision = new HashMap<>();
    final Set<Long> missingPositions = new LinkedHashSet<>();
    /** Every missing position counted, the first and last few kept to be named in words. */
    final MissingLinks.Counter missingLinks = new MissingLinks.Counter();

    long missing;
    long last;

    void add(long position, UUID decisionId, String chainMac) {
        positionOfMac.put(chainMac, position);
        positionOfDecision.put(decisionId, position);
        for (long gone = last + 1; gone < position; gone++) {
            missing++;
            missingLinks.add(gone);
            if (missingPositions.size() < AuditVerifier.LISTED_PROBLEMS) {
                missingPositions.add(gone);
            }
        }
        last = Math.max(last, position);
    }
}
