package org.msettriage.service.report;

import javax.sql.DataSource;
import org.msettriage.service.TestPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link PanelFiguresTest} on PostgreSQL: the same grouped queries, and the months joined the same way. */
class PostgresPanelFiguresTest extends PanelFiguresTest {

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
