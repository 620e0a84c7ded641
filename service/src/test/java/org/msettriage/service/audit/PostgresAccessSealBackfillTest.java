package org.msettriage.service.audit;

import org.msettriage.service.OldStore;

/** {@link AccessSealBackfillTest} on PostgreSQL: the same migration seals the access log kept there. */
class PostgresAccessSealBackfillTest extends AccessSealBackfillTest {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
