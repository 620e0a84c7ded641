package org.msettriage.service;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty database in which a migration test makes a store as an older version left it, then upgrades
 * it: an H2 file, or a PostgreSQL database of its own, with the vendor folder of migrations it takes.
 */
public record OldStore(DriverManagerDataSource dataSource, String vendor) {

    public static OldStore h2(Path folder) {
        return new OldStore(
                new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("old") + ";DB_CLOSE_DELAY=-1", "sa", ""),
                "h2");
    }

    public static OldStore postgres() {
        TestPostgres.Database database = TestPostgres.newDatabase();
        return new OldStore(
                new DriverManagerDataSource(database.url(), database.user(), database.password()), "postgresql");
    }

    /** Migrates this store to this build's schema, as {@link MigratedStores} makes a new one. */
    public void migrateToThisBuild() {
        MigratedStores.migrate(dataSource, vendor);
    }

    /** Flyway over the migrations this database takes (the common ones and its vendor's). */
    public FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
    }
}
