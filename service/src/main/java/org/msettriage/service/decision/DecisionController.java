package org.msettriage.service.decision;

import java.util.UUID;
import org.msettriage.api.DecisionsApi;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/decisions/{decisionId}: a stored decision, exactly as it was first answered. Auditors read
 * any decision; a case system reads only those it asked for, and any other is "not found" to it.
 */
@RestController
class DecisionController implements DecisionsApi {

    private final Decisions decisions;

    DecisionController(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public ResponseEntity<TriageDecisionDto> getDecision(UUID decisionId) {
        Caller caller = Caller.current();
        return (caller.has(Role.AUDITOR) ? decisions.find(decisionId) : decisions.findAskedFor(decisionId, caller))
                .map(ResponseEntity::ok)
                .orElseThrow(() -> new NotFoundException("No decision " + decisionId + " is stored"));
    }
}
