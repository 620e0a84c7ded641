package org.msettriage.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.msettriage.service.store.HashBytes;

/**
 * One link of the chain: the decision at a position, the decision before it, the SHA-256 of the sealed
 * record, the previous link's MAC, and this link's MAC over all of them under the seal key.
 */
record Seal(
        long position,
        UUID decisionId,
        UUID previousDecisionId,
        String recordSha256,
        String previousChainMac,
        String chainMac,
        OffsetDateTime sealedAt) {

    /** The MAC the first link chains from. */
    static final String GENESIS = "0".repeat(64);

    static final String COLUMNS = "s.position, s.decision_id, s.previous_decision_id, s.record_sha256,"
            + " s.previous_chain_mac, s.chain_mac, s.sealed_at";

    static Seal from(ResultSet row) throws SQLException {
        return read(row, HashBytes::hex);
    }

    /**
     * As {@link #from}, in either form of its hashes: the seal key is checked before the migrations run, so
     * it may meet a database still keeping them as hex (before migration 39).
     */
    static Seal fromEitherForm(ResultSet row) throws SQLException {
        return read(row, HashBytes::hexOfEitherForm);
    }

    /** How a hash column is read. */
    private interface HashColumn {
        String read(ResultSet row, String column) throws SQLException;
    }

    private static Seal read(ResultSet row, HashColumn hash) throws SQLException {
        return new Seal(
                row.getLong("position"),
                row.getObject("decision_id", UUID.class),
                row.getObject("previous_decision_id", UUID.class),
                hash.read(row, "record_sha256"),
                hash.read(row, "previous_chain_mac"),
                hash.read(row, "chain_mac"),
                row.getObject("sealed_at", OffsetDateTime.class));
    }

    /** A new link at a position, with its MAC. */
    static Seal link(
            byte[] sealKey,
            long position,
            UUID decisionId,
            UUID previousDecisionId,
            String recordSha256,
            String previousChainMac,
            OffsetDateTime sealedAt) {
        Seal unsigned =
                new Seal(position, decisionId, previousDecisionId, recordSha256, previousChainMac, null, sealedAt);
        return new Seal(
                position,
                decisionId,
                previousDecisionId,
                recordSha256,
                previousChainMac,
                unsigned.macAt(sealKey, position),
                sealedAt);
    }

    /** This link's MAC as it would be at a position: the position is sealed in, so moving a link shows. */
    String macAt(byte[] sealKey, long at) {
        return Digests.hmacSha256(
                sealKey,
                new Canonical("mset-seal-v1")
                        .add("position", at)
                        .add("decisionId", decisionId)
                        .add("previousDecisionId", previousDecisionId)
                        .add("recordSha256", recordSha256)
                        .add("previousChainMac", previousChainMac)
                        .add("sealedAt", sealedAt == null ? null : sealedAt.toInstant())
                        .text());
    }

    boolean intact(byte[] sealKey) {
        return macAt(sealKey, position).equals(chainMac);
    }
}
