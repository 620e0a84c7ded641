package org.msettriage.service.triage;

import org.msettriage.rules.engine.AssessmentBudget;

/**
 * The active ruleset did not decide a referral: this referral went over the live budget (the rules' own
 * fault, which sending it again will meet again), or another call's did while this one was being decided
 * and the rules were being compiled again (which sending it again after a moment will not). Nothing was
 * stored for it.
 */
class RulesOverranException extends RuntimeException {

    private final boolean byThisReferral;

    RulesOverranException(AssessmentBudget.Exceeded cause, boolean byThisReferral) {
        super(cause.getMessage(), cause);
        this.byThisReferral = byThisReferral;
    }

    /** Whether this referral went over the budget, rather than another call's. */
    boolean byThisReferral() {
        return byThisReferral;
    }
}
