package org.msettriage.service.store;

import org.msettriage.service.OldStore;

/** {@link HashesKeptAsBytesTest} on PostgreSQL, where each column is converted in place. */
class PostgresHashesKeptAsBytesTest extends HashesKeptAsBytesTest {

    @Override
    OldStore store() {
        return OldStore.postgres();
    }
}
