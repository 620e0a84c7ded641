package org.msettriage.rules.engine;

/**
 * The rules ended without a finding every decision needs (a score, a level, a pathway), or with more than
 * one. It says what the rules failed to give, never a value of the referral, so validation may show it to
 * a policy lead as it is: it usually means a rule file was left out.
 */
public final class MissingFinding extends IllegalStateException {

    MissingFinding(String message) {
        super(message);
    }
}
