package org.msettriage.service.triage;

import org.msettriage.rules.engine.AssessmentBudget;

/**
 * The active ruleset did not decide a referral, and nothing was stored for it. Why tells the caller whether
 * sending it again helps: not when this referral went over the live budget (the rules' own fault, which it
 * would meet again), but yes when another call's did while this one was being decided, or when a batch
 * stopped before this referral because the rules had overrun on too many of its others.
 */
class RulesOverranException extends RuntimeException {

    /** Why the referral was not decided. */
    enum Why {
        /** This referral went over the live budget. */
        THIS_REFERRAL,
        /** Another call's referral did, and the rules were being compiled again. */
        ANOTHER_REFERRAL,
        /** The batch it came in stopped deciding before it: the rules had overrun on too many of the others. */
        BATCH_STOPPED
    }

    private final Why why;

    private RulesOverranException(String message, Throwable cause, Why why) {
        // No stack trace: it is an answer, never logged with frames, and a batch may make a thousand.
        super(message, cause, false, false);
        this.why = why;
    }

    static RulesOverranException byThisReferral(AssessmentBudget.Exceeded cause) {
        return new RulesOverranException(cause.getMessage(), cause, Why.THIS_REFERRAL);
    }

    static RulesOverranException byAnotherReferral(AssessmentBudget.Exceeded cause) {
        return new RulesOverranException(cause.getMessage(), cause, Why.ANOTHER_REFERRAL);
    }

    static RulesOverranException batchStopped(int overran) {
        return new RulesOverranException(
                "the rules overran on " + overran + " of the batch's other referrals", null, Why.BATCH_STOPPED);
    }

    Why why() {
        return why;
    }

    /** Whether this referral went over the budget, rather than another's. */
    boolean byThisReferral() {
        return why == Why.THIS_REFERRAL;
    }
}
