package org.msettriage.service.report;

import javax.sql.DataSource;
import org.msettriage.service.TestPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link PanelUnmetFiguresTest} on PostgreSQL: the new column and its grouping the same way. */
class PostgresPanelUnmetFiguresTest extends PanelUnmetFiguresTest {

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
