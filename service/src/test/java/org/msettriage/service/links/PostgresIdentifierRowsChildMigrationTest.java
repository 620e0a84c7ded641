package org.msettriage.service.links;

import org.msettriage.service.TestPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link IdentifierRowsChildMigrationTest} on PostgreSQL. */
class PostgresIdentifierRowsChildMigrationTest extends IdentifierRowsChildMigrationTest {

    @Override
    DriverManagerDataSource database() {
        TestPostgres.Database database = TestPostgres.newDatabase();
        return new DriverManagerDataSource(database.url(), database.user(), database.password());
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
