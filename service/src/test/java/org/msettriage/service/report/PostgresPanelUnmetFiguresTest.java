package org.msettriage.service.report;

import javax.sql.DataSource;
import org.msettriage.service.MigratedStores;

/** {@link PanelUnmetFiguresTest} on PostgreSQL: the new column and its grouping the same way. */
class PostgresPanelUnmetFiguresTest extends PanelUnmetFiguresTest {

    @Override
    DataSource database() {
        return MigratedStores.postgres();
    }
}
