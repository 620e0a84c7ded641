package org.msettriage.service.links;

import org.msettriage.service.OldStore;

/** {@link IdentifierRowsChildMigrationTest} on PostgreSQL. */
class PostgresIdentifierRowsChildMigrationTest extends IdentifierRowsChildMigrationTest {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
