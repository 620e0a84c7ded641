package org.msettriage.service.report;

import javax.sql.DataSource;
import org.msettriage.service.MigratedStores;

/** {@link PanelFiguresTest} on PostgreSQL: the same grouped queries, and the months joined the same way. */
class PostgresPanelFiguresTest extends PanelFiguresTest {

    @Override
    DataSource database() {
        return MigratedStores.postgres();
    }
}
