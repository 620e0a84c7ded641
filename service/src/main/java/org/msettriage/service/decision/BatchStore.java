package org.msettriage.service.decision;

import java.util.List;

/** Where the writer puts a batch: prepared on each caller's thread, written all or nothing. */
interface BatchStore {

    /** On the caller's thread, before queueing: everything that needs no database. */
    DecisionBatch.Prepared prepare(NewDecision decision);

    /** Stores the whole batch in one transaction, or throws and stores none of it. */
    void write(List<DecisionBatch.Prepared> batch);
}
