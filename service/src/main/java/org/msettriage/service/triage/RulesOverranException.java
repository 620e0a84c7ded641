package org.msettriage.service.triage;

import org.msettriage.rules.engine.AssessmentBudget;

/**
 * The active ruleset did not decide a referral within its live budget, or was stopped doing so by an
 * earlier call: nothing was stored for the referral.
 */
class RulesOverranException extends RuntimeException {

    RulesOverranException(AssessmentBudget.Exceeded cause) {
        super(cause.getMessage(), cause);
    }
}
