package org.msettriage.rules.policy;

import java.util.List;

/**
 * The rows of action-rules.csv as one fact: the rule that recommends actions checks each row against
 * the decision. One fact rather than a fact per row, so an evaluation inserts one handle, not thirty-five.
 */
public final class ActionRules {

    /** The id of the DRL rule that stands for every row; the catalogue lists the rows in its place. */
    public static final String RULE_ID = "ACTION_RULES";

    private final List<ActionRule> rows;

    ActionRules(List<ActionRule> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<ActionRule> getRows() {
        return rows;
    }
}
