package org.msettriage.service.audit;

import org.springframework.stereotype.Component;

/**
 * A referral reference (the referring system's id for one referral) as it is stored for search: its
 * HMAC-SHA256 under a key of its own, derived from the seal key, so it cannot be matched against the
 * child-reference or identifier hashes, nor against a guessed reference without the key. The reference
 * itself stays in the encrypted request.
 */
@Component
public class ReferralRefHash {

    static final String PURPOSE = "referral references";

    private final byte[] key;

    public ReferralRefHash(AuditKeys keys) {
        this.key = keys.derived(PURPOSE);
    }

    /** The keyed hash of a reference as given (less surrounding spaces); null for none. */
    public String of(String referralRef) {
        return referralRef == null || referralRef.isBlank() ? null : Digests.hmacSha256(key, referralRef.strip());
    }
}
