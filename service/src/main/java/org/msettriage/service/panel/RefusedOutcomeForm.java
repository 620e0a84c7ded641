package org.msettriage.service.panel;

import java.util.UUID;

/**
 * An outcome form the service refused, as the coordinator filled it in, so that the agenda shows it again
 * at that child, with what was wrong beside it, rather than an empty form and a message out of view. Kept
 * for the one page that follows the refusal (a flash attribute of the coordinator's session).
 *
 * @param decisionId the decision the form was for: the agenda may list its children in another order by
 *     the time it is shown again
 * @param problem what was wrong, in words
 * @param plan the plan's rows as they were sent
 */
public record RefusedOutcomeForm(
        UUID decisionId,
        String problem,
        String outcome,
        PlanForm plan,
        String reason,
        String exitReason,
        String exitText) {

    /** Whether this is the form of the child the agenda lists by this decision. */
    public boolean isOf(UUID decision) {
        return decisionId.equals(decision);
    }
}
