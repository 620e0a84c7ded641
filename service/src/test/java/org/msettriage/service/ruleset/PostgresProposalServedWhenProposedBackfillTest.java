package org.msettriage.service.ruleset;

import org.msettriage.service.OldStore;

/** {@link ProposalServedWhenProposedBackfillTest} on PostgreSQL: the same migration fills the same column. */
class PostgresProposalServedWhenProposedBackfillTest extends ProposalServedWhenProposedBackfillTest {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
