package org.msettriage.rules.facts;

/**
 * A rule gave a fact something the policy does not allow (a pathway no contract has, say). Its message
 * names only what the rule's own text gave, never a value of a referral, so validation may show it to the
 * policy lead as it is.
 */
public final class RuleMistake extends IllegalArgumentException {

    public RuleMistake(String message) {
        super(message);
    }
}
