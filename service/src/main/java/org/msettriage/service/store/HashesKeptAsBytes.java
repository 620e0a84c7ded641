package org.msettriage.service.store;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Migration 39: the hashes every decision keeps several times over are kept as their 32 bytes: its child's
 * and referral reference's keyed hashes, the digests of its personal content and of the ruleset that made
 * it, each identifier row's identifier and child, and the hashes and MACs of the seal chain and of its
 * queue (of every kind of record). Under load those columns and their indexes were about a third of a
 * decision's live rows, and a fifth of a batch's time went on H2 hashing and converting them as text.
 */
@Component
public class HashesKeptAsBytes extends HashColumnsToBytes {

    public HashesKeptAsBytes() {
        super(
                39,
                "hashes kept as bytes",
                List.of(
                        new Table(
                                "decision",
                                List.of(
                                        new Column("child_ref_hash", true),
                                        new Column("referral_ref_hash", true),
                                        new Column("personal_sha256", true),
                                        new Column("ruleset_sha256", false)),
                                List.of(
                                        new Index("decision_child_ref", "child_ref_hash"),
                                        new Index("decision_referral_ref", "referral_ref_hash"))),
                        new Table(
                                "decision_identifier",
                                List.of(new Column("identifier_hash", false), new Column("child_ref_hash", true)),
                                List.of(new Index(
                                        "decision_identifier_links",
                                        "identifier_hash, assessed_at, child_ref_hash, local_authority,"
                                                + " decision_id"))),
                        new Table(
                                "decision_seal",
                                List.of(
                                        new Column("record_sha256", false),
                                        new Column("previous_chain_mac", false),
                                        new Column("chain_mac", false)),
                                List.of()),
                        new Table(
                                "decision_unsealed",
                                List.of(new Column("record_sha256", false), new Column("queue_mac", false)),
                                List.of())));
    }
}
