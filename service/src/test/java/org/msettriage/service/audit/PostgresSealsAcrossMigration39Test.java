package org.msettriage.service.audit;

import org.msettriage.service.OldStore;

/** {@link SealsAcrossMigration39Test} on PostgreSQL, where the columns are converted in place. */
class PostgresSealsAcrossMigration39Test extends SealsAcrossMigration39Test {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
