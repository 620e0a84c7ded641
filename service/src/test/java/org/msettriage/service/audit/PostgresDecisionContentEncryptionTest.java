package org.msettriage.service.audit;

import org.msettriage.service.TestPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link DecisionContentEncryptionTest} on PostgreSQL: the Java migration upgrades an old store there too. */
class PostgresDecisionContentEncryptionTest extends DecisionContentEncryptionTest {

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
