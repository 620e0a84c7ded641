package org.msettriage.service.decision;

import org.msettriage.service.OldStore;

/** {@link DecisionOutcomeBackfillTest} on PostgreSQL: the Java migration upgrades an old store there too. */
class PostgresDecisionOutcomeBackfillTest extends DecisionOutcomeBackfillTest {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
