package org.msettriage.service.audit;

import java.util.UUID;

/**
 * A stored record (a decision or a panel outcome; {@code decisionId} names either) waiting for its seal: its record's SHA-256 as stored, and a MAC of it under the seal
 * key. Without the key nobody can queue a decision of their own, or alter one while it waits.
 */
record QueueEntry(UUID decisionId, String recordSha256, String queueMac) {

    static QueueEntry of(SealedRecord record, byte[] sealKey) {
        String sha256 = record.sha256();
        return new QueueEntry(record.id(), sha256, mac(sealKey, record.id(), sha256));
    }

    /** Whether the entry was made with the key, and the decision still is what was queued. */
    boolean matches(SealedRecord record, byte[] sealKey) {
        return record != null
                && record.id().equals(decisionId)
                && record.sha256().equals(recordSha256)
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
