package org.msettriage.service.store;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Gives the embedded database's data source a disk reserve ({@link DiskReserve}); a database server
 * (PostgreSQL) keeps its own disk, and its data source is left as it is.
 */
@Component
class DiskReserveForEmbeddedDatabase implements BeanPostProcessor {

    private final Environment environment;

    DiskReserveForEmbeddedDatabase(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof DataSource source) || !name.equals("dataSource")) {
            return bean;
        }
        return DataFolderCheck.embeddedDatabase(environment)
                .<Object>map(database -> new DiskReservedDataSource(
                        source, DiskReserve.of(database.getParent(), DiskReserveSetting.bytes(environment))))
                .orElse(bean);
    }
}
