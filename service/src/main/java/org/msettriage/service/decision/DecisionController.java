package org.msettriage.service.decision;

import java.util.Optional;
import java.util.UUID;
import org.msettriage.api.DecisionsApi;
import org.msettriage.api.model.TriageDecisionDto;
import org.msettriage.service.audit.AccessLog;
import org.msettriage.service.problem.NotFoundException;
import org.msettriage.service.security.Caller;
import org.msettriage.service.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/decisions/{decisionId}: a stored decision, exactly as it was first answered. Auditors read
 * any decision; a case system reads only those it asked for, and any other is "not found" to it. Each
 * read is written to the access log before the decision is sent.
 */
@RestController
class DecisionController implements DecisionsApi {

    private final Decisions decisions;
    private final AccessLog accessLog;
    private final DecisionRecordMapper mapper;

    DecisionController(Decisions decisions, AccessLog accessLog, DecisionRecordMapper mapper) {
        this.decisions = decisions;
        this.accessLog = accessLog;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<TriageDecisionDto> getDecision(UUID decisionId, String reasonHeader) {
        Caller caller = Caller.current();
        // An auditor may read any child's decision, so says why; a case system reads only what it asked for.
        String reason = caller.has(Role.AUDITOR)
                ? AccessLog.requiredReason(reasonHeader)
                : AccessLog.checkedReason(reasonHeader);
        Optional<String> decision =
                caller.has(Role.AUDITOR) ? decisions.find(decisionId) : decisions.findAskedFor(decisionId, caller);
        if (decision.isEmpty()) {
            throw new NotFoundException("No decision stored has this id.");
        }
        accessLog.record(decisionId, caller, AccessLog.Channel.API, reason);
        return ResponseEntity.ok(mapper.decision(decision.get()));
    }
}
