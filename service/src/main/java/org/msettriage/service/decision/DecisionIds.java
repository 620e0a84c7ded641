package org.msettriage.service.decision;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New decision ids: UUIDs of version 7 (RFC 9562), the time in milliseconds first, then 74 random bits.
 * Ids made close in time sort close together, so a batch of new decisions lands in the same pages of
 * the table and of its indexes instead of one scattered page each: several times fewer bytes written
 * per decision, and a database file that stays near its live size. The time they carry is the decision's
 * own, which the record holds anyway.
 */
public final class DecisionIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DecisionIds() {}

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high =
                (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | (random[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
