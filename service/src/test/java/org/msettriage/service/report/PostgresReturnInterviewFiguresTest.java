package org.msettriage.service.report;

import javax.sql.DataSource;
import org.msettriage.service.MigratedStores;

/** {@link ReturnInterviewFiguresTest} on PostgreSQL: the distinct counts and the months joined the same way. */
class PostgresReturnInterviewFiguresTest extends ReturnInterviewFiguresTest {

    @Override
    DataSource database() {
        return MigratedStores.postgres();
    }
}
