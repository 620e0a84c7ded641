package org.msettriage.service.audit;

import org.msettriage.service.OldStore;

/** {@link ActivationSealBackfillTest} on PostgreSQL: the same migration seals the switches kept there. */
class PostgresActivationSealBackfillTest extends ActivationSealBackfillTest {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
