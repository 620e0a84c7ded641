package org.msettriage.service.decision;

import org.msettriage.service.TestPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link DecisionOutcomeBackfillTest} on PostgreSQL: the Java migration upgrades an old store there too. */
class PostgresDecisionOutcomeBackfillTest extends DecisionOutcomeBackfillTest {

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
