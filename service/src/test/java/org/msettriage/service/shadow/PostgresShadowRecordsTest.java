package org.msettriage.service.shadow;

import javax.sql.DataSource;
import org.msettriage.service.TestPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link ShadowRecordsTest} on PostgreSQL: the counts and the rows read from one snapshot there too. */
class PostgresShadowRecordsTest extends ShadowRecordsTest {

    @Override
    DataSource database() {
        TestPostgres.Database database = TestPostgres.newMigratedDatabase();
        return new DriverManagerDataSource(database.url(), database.user(), database.password());
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
