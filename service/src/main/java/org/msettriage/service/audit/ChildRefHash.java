package org.msettriage.service.audit;

import org.springframework.stereotype.Component;

/**
 * A child reference as it is stored: its HMAC-SHA256 under the configured key. The same reference always
 * hashes the same, so a search by reference finds every decision about the child; without the key, the
 * stored hash cannot be matched against a guessed reference.
 */
@Component
public class ChildRefHash {

    private final byte[] key;

    public ChildRefHash(AuditKeys keys) {
        this.key = keys.childRef();
    }

    public String of(String childRef) {
        return Digests.hmacSha256(key, childRef);
    }
}
