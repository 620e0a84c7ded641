package org.msettriage.service.audit;

import org.springframework.stereotype.Component;

/**
 * A child's missing episode as the analysts' figures name it, so that one episode reported by several
 * referrals counts once: the HMAC-SHA256, under a key of its own derived from the seal key, of the child's
 * reference and the episode's own words for when it started and ended. Neither the reference nor a time is
 * stored, and the hash cannot be matched against the child-reference hash or a guess without the key.
 */
@Component
public class MissingEpisodeHash {

    static final String PURPOSE = "missing episodes";

    /** The stored length, in hex digits: the column is {@code CHAR(32)}. */
    static final int HEX_DIGITS = 32;

    private final byte[] key;

    public MissingEpisodeHash(AuditKeys keys) {
        this.key = keys.derived(PURPOSE);
    }

    /**
     * The keyed hash of an episode of the child, named as {@code DecisionProfile} names it: its first 128
     * bits, as every decision with interviews due stores one a row, and counting needs no more.
     */
    public String of(String childRef, String episode) {
        return Digests.hmacSha256(key, childRef + "\n" + episode).substring(0, HEX_DIGITS);
    }
}
