package org.msettriage.service.panel;

/**
 * A field of a child's outcome form on the agenda, as the page makes its id: its name, the child's number on
 * the agenda, then its part (a plan row's number, or the outcome's first choice), such as {@code
 * plan-due-2-3}. The number is the child's place when the page is shown, which a newer referral may have
 * changed since the form was sent; so a refused form keeps the field, and the page gives its id.
 *
 * @param part null for a field of which the form has one
 */
public record OutcomeField(String name, String part) {

    static final OutcomeField OUTCOME = new OutcomeField("outcome", "plan");
    static final OutcomeField REASON = new OutcomeField("reason", null);
    static final OutcomeField EXIT_REASON = new OutcomeField("exit-reason", null);
    static final OutcomeField EXIT_TEXT = new OutcomeField("exit-text", null);

    /** A plan row's field: {@code plan-code}, {@code plan-text}, {@code plan-lead} or {@code plan-due}. */
    static OutcomeField ofRow(String name, int row) {
        return new OutcomeField(name, String.valueOf(row));
    }

    /** Its id on the agenda page, where the child is the {@code place}th listed (from 1). */
    public String id(int place) {
        return name + "-" + place + (part == null ? "" : "-" + part);
    }
}
