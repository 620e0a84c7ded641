package org.msettriage.rules.facts;

/**
 * A finding that carries the id of the rule that made it and that rule's rendered sentence (an override
 * or a warning shows it as text; the rule's place in the ruleset orders findings as the policy does).
 */
public interface Described {

    void describe(String ruleId, String text);

    String getRuleId();

    String getText();
}
