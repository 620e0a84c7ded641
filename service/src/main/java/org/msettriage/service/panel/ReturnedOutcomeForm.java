package org.msettriage.service.panel;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An outcome form sent back to the agenda without being recorded, as the coordinator filled it in: refused,
 * with what was wrong beside it, or asked for one more plan row or for none (a page without script has no other way to
 * grow or empty the plan). The agenda shows it again at that child rather than an empty form and a message out of
 * view. Kept for the one page that follows (a flash attribute of the coordinator's session).
 *
 * @param decisionId the decision the form was for: the agenda may list its children in another order by
 *     the time it is shown again
 * @param problems what was wrong, each in words with the field of the form it is about; empty when nothing
 *     was: the form came back for its rows
 * @param notice what was done to the form's rows, in words; null for a refusal
 * @param plan the plan's rows as they were sent
 */
public record ReturnedOutcomeForm(
        UUID decisionId,
        List<OutcomeProblem> problems,
        String notice,
        String outcome,
        PlanForm plan,
        String reason,
        String exitReason,
        String exitText) {

    /** Whether this is the form of the child the agenda lists by this decision. */
    public boolean isOf(UUID decision) {
        return decisionId.equals(decision);
    }

    public ReturnedOutcomeForm {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Whether the form came back refused, rather than for its plan's rows. */
    public boolean refused() {
        return !problems.isEmpty();
    }

    /**
     * The refusal as one message, for the top of the page when the child's form is not shown there: null
     * when the form was not refused.
     */
    public String problem() {
        return refused()
                ? "Nothing was recorded. "
                        + problems.stream().map(OutcomeProblem::text).collect(Collectors.joining(" "))
                : null;
    }
}
