package org.msettriage.service.panel;

import java.util.List;

/**
 * An outcome form the service refused, as the coordinator filled it in, so that the agenda shows it again
 * at that child, with what was wrong beside it, rather than an empty form and a message out of view. Kept
 * for the one page that follows the refusal (a flash attribute of the coordinator's session).
 *
 * @param child the child's number on the agenda (the form's place)
 * @param problem what was wrong, in words
 */
public record RefusedOutcomeForm(
        int child,
        String problem,
        String outcome,
        List<String> planCode,
        List<String> planText,
        List<String> planLead,
        List<String> planDue,
        String reason,
        String exitReason,
        String exitText) {

    public RefusedOutcomeForm {
        planCode = copy(planCode);
        planText = copy(planText);
        planLead = copy(planLead);
        planDue = copy(planDue);
    }

    /** Whether this is the form of the child numbered so on the agenda. */
    public boolean isOf(int number) {
        return child == number;
    }

    /** A plan row's catalogue action as given (rows numbered from 1), or "". */
    public String planCode(int row) {
        return at(planCode, row);
    }

    public String planText(int row) {
        return at(planText, row);
    }

    public String planLead(int row) {
        return at(planLead, row);
    }

    public String planDue(int row) {
        return at(planDue, row);
    }

    private static String at(List<String> values, int row) {
        return row >= 1 && row <= values.size() && values.get(row - 1) != null ? values.get(row - 1) : "";
    }

    private static List<String> copy(List<String> values) {
        // Null entries are kept as "": List.copyOf refuses nulls, and an empty field is sent as "".
        return values == null
                ? List.of()
                : values.stream().map(v -> v == null ? "" : v).toList();
    }
}
