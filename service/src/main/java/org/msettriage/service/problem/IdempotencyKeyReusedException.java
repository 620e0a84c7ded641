package org.msettriage.service.problem;

/** An Idempotency-Key this client used within its period for a different body (422); nothing was stored. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used within the last 24 hours with a different body; nothing was"
                + " stored. Use a new key for a new referral.");
    }
}
