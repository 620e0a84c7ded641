package org.msettriage.service.decision;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where the writer puts a batch: prepared on each caller's thread, written all or nothing. */
interface BatchStore {

    /** On the caller's thread, before queueing: everything that needs no database. */
    DecisionBatch.Prepared prepare(NewDecision decision);

    /**
     * Stores the whole batch in one transaction, or throws and stores none of it. Answers the decisions
     * not stored because their Idempotency-Key already names a decision, each with that decision.
     */
    Map<UUID, IdempotencyKeys.Earlier> write(List<DecisionBatch.Prepared> batch);
}
