package org.msettriage.service.audit;

import org.springframework.stereotype.Component;

/**
 * A referral's identifier (a nickname, a vehicle, a place with its type; policy v1.1 section 10) as it is
 * stored and linked: its HMAC-SHA256 under a key of its own. Equal normalised identifiers hash the same,
 * so referrals naming one are found by an index; without the key, a stored hash cannot be matched against a
 * guessed name, and it cannot be matched against the child-reference hashes either.
 */
@Component
public class IdentifierHash {

    private final byte[] key;

    public IdentifierHash(AuditKeys keys) {
        this.key = keys.identifier();
    }

    public String of(String identifierKey) {
        return Digests.hmacSha256(key, identifierKey);
    }
}
