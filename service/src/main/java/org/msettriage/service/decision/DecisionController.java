package org.msettriage.service.decision;

import java.util.UUID;
import org.msettriage.api.DecisionsApi;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.service.problem.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/decisions/{decisionId}: a stored decision, exactly as it was first answered. */
@RestController
class DecisionController implements DecisionsApi {

    private final Decisions decisions;

    DecisionController(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public ResponseEntity<TriageDecisionDto> getDecision(UUID decisionId) {
        return decisions
                .find(decisionId)
                .map(ResponseEntity::ok)
                .orElseThrow(() -> new NotFoundException("No decision " + decisionId + " is stored"));
    }
}
