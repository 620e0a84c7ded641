package org.msettriage.service.decision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;

/** Decisions to store in tests of the store itself, where what they say does not matter. */
final class TestDecisions {

    private TestDecisions() {}

    static NewDecision askedBy(String callerName) {
        return askedBy(callerName, null);
    }

    /** A decision asked for with an Idempotency-Key (as stored: its hashes). */
    static NewDecision askedBy(String callerName, IdempotencyKey key) {
        return of(callerName, key, "child-1", "referral-1");
    }

    /** A decision about this child, on the referral with this reference. */
    static NewDecision about(String childRef, String referralRef) {
        return of("demo-case-system", null, childRef, referralRef);
    }

    /** A decision whose referral named the identifiers with these keyed hashes. */
    static NewDecision naming(List<String> identifierHashes) {
        return of("demo-case-system", null, "child-1", "referral-1", identifierHashes);
    }

    private static NewDecision of(String callerName, IdempotencyKey key, String childRef, String referralRef) {
        return of(callerName, key, childRef, referralRef, List.of());
    }

    private static NewDecision of(
            String callerName, IdempotencyKey key, String childRef, String referralRef, List<String> identifierHashes) {
        OffsetDateTime now = OffsetDateTime.now();
        return new NewDecision(
                DecisionIds.next(),
                now,
                now,
                // No kept ruleset's version: a decision claiming the packaged ruleset's with another SHA-256
                // is what verification names as a ruleset changed since it was kept.
                "test-decisions-only",
                "0".repeat(64),
                "LOW",
                "UNIVERSAL_SERVICES",
                false,
                false,
                null,
                childRef,
                referralRef,
                "{}",
                "{}",
                Map.of("SCORE", 1),
                new Caller(Caller.Method.API_KEY, callerName, Set.of(Role.CASE_SYSTEM)),
                key,
                identifierHashes,
                new DecisionProfile("FEMALE", "13_TO_15", "NONE", "POLICE", "", 0, 0, List.of()),
                null);
    }
}
