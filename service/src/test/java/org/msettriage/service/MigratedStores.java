package org.msettriage.service;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.msettriage.service.store.HashesKeptAsBytes;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new, empty store with this build's schema, for a test that writes its rows straight into the tables:
 * the common and vendor migrations, and of the Java ones the one that changes the schema (the others
 * convert data, which a new store has none of). One place, so a test of a query on H2 and its PostgreSQL
 * twin start from the same schema the service would make.
 */
public final class MigratedStores {

    private MigratedStores() {}

    /** An in-memory H2 database of its own, kept until the JVM ends; {@code name} shows in its URL. */
    public static DataSource h2(String name) {
        DataSource store = new DriverManagerDataSource(
                "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        migrate(store, "h2");
        return store;
    }

    /** A PostgreSQL database of its own on the test server, copied from one migrated once a JVM. */
    public static DataSource postgres() {
        TestPostgres.Database database = TestPostgres.newMigratedDatabase();
        return new DriverManagerDataSource(database.url(), database.user(), database.password());
    }

    /** Migrates a database of this vendor ({@code h2} or {@code postgresql}) to this build's schema. */
    static void migrate(DataSource store, String vendor) {
        Flyway.configure()
                .dataSource(store)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .javaMigrations(new HashesKeptAsBytes())
                .load()
                .migrate();
    }
}
