package org.msettriage.service.problem;

/** An Idempotency-Key this client used within its period for a different body (422); nothing was stored. */
public class IdempotencyKeyReusedException extends RuntimeException {

    /** The problem's title, for a single call and for a batch's referral alike. */
    public static final String TITLE = "The Idempotency-Key was used for a different request";

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used within the last 24 hours with a different body; nothing was"
                + " stored. Use a new key for a new referral.");
    }
}
