package org.msettriage.service.triage;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.msettriage.service.decision.Decisions;
import org.springframework.stereotype.Component;

/**
 * The decisions an Idempotency-Key's earlier calls stored, read back (as the JSON first answered) to
 * answer a retry, for single calls and batches alike.
 */
@Component
class EarlierDecisions {

    private final Decisions decisions;

    EarlierDecisions(Decisions decisions) {
        this.decisions = decisions;
    }

    String one(UUID decisionId) {
        return all(List.of(decisionId)).get(decisionId);
    }

    /** Each decision named, as first answered; read together, a batch's thousand in a few statements. */
    Map<UUID, String> all(List<UUID> decisionIds) {
        Map<UUID, String> stored = decisions.findAll(decisionIds);
        for (UUID decisionId : decisionIds) {
            if (!stored.containsKey(decisionId)) {
                // Keys are stored with their decision, in one transaction, and outlive it by far less than
                // retention: a key naming nothing is a fault of the service, not of the call.
                throw new IllegalStateException("An idempotency key names a decision that is not stored");
            }
        }
        return stored;
    }
}
