package org.msettriage.service.audit;

import org.msettriage.service.OldStore;

/** {@link DecisionContentEncryptionTest} on PostgreSQL: the Java migration upgrades an old store there too. */
class PostgresDecisionContentEncryptionTest extends DecisionContentEncryptionTest {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
