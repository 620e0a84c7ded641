package org.msettriage.service.panel;

import java.util.List;
import java.util.UUID;

/**
 * An outcome form the service refused, as the coordinator filled it in, so that the agenda shows it again
 * at that child, with what was wrong beside it, rather than an empty form and a message out of view. Kept
 * for the one page that follows the refusal (a flash attribute of the coordinator's session).
 *
 * @param decisionId the decision the form was for: the agenda may list its children in another order by
 *     the time it is shown again
 * @param problem what was wrong, in words
 */
public record RefusedOutcomeForm(
        UUID decisionId,
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

    /** Whether this is the form of the child the agenda lists by this decision. */
    public boolean isOf(UUID decision) {
        return decisionId.equals(decision);
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
