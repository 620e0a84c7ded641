package org.msettriage.service.audit;

import java.util.UUID;

/**
 * A stored decision waiting for its seal: its record's SHA-256 as stored, and a MAC of it under the seal
 * key. Without the key nobody can queue a decision of their own, or alter one while it waits.
 */
record QueueEntry(UUID decisionId, String recordSha256, String queueMac) {

    static QueueEntry of(SealedDecision decision, byte[] sealKey) {
        String sha256 = decision.sha256();
        return new QueueEntry(decision.decisionId(), sha256, mac(sealKey, decision.decisionId(), sha256));
    }

    /** Whether the entry was made with the key, and the decision still is what was queued. */
    boolean matches(SealedDecision decision, byte[] sealKey) {
        return decision.decisionId().equals(decisionId)
                && decision.sha256().equals(recordSha256)
                && mac(sealKey, decisionId, recordSha256).equals(queueMac);
    }

    private static String mac(byte[] sealKey, UUID decisionId, String recordSha256) {
        return Digests.hmacSha256(
                sealKey,
                new Canonical("mset-queue-v1")
                        .add("decisionId", decisionId)
                        .add("recordSha256", recordSha256)
                        .text());
    }
}
