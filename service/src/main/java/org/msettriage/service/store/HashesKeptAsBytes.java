package org.msettriage.service.store;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Migration 39: the hashes every decision keeps several times over (its child's and referral reference's
 * keyed hashes, the digest of its personal content, and each identifier row's identifier and child) are
 * kept as their 32 bytes. Under load those columns and their indexes were about a third of a decision's
 * live rows, and a fifth of a batch's time went on H2 hashing and converting them as text.
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
                                        new Column("personal_sha256", true)),
                                List.of(
                                        new Index("decision_child_ref", "child_ref_hash"),
                                        new Index("decision_referral_ref", "referral_ref_hash"))),
                        new Table(
                                "decision_identifier",
                                List.of(new Column("identifier_hash", false), new Column("child_ref_hash", true)),
                                List.of(new Index(
                                        "decision_identifier_links",
                                        "identifier_hash, assessed_at, child_ref_hash, local_authority,"
                                                + " decision_id")))));
    }
}
