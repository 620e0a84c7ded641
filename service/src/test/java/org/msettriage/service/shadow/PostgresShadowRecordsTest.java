package org.msettriage.service.shadow;

import javax.sql.DataSource;
import org.msettriage.service.MigratedStores;

/** {@link ShadowRecordsTest} on PostgreSQL: the counts and the rows read from one snapshot there too. */
class PostgresShadowRecordsTest extends ShadowRecordsTest {

    @Override
    DataSource database() {
        return MigratedStores.postgres();
    }
}
