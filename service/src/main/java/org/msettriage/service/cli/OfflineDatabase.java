package org.msettriage.service.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.msettriage.service.store.DataFolderCheck;
import org.msettriage.service.store.SchemaVersion;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The service's database as a command reads it, from the service's own configuration. */
final class OfflineDatabase {

    private OfflineDatabase() {}

    /**
     * The database the configuration names; never a new one: a mistyped H2 path must fail, not open empty,
     * and it fails saying so ({@link Missing}) rather than as a database held by a running service. One at
     * another migration than this build's is refused ({@link SchemaVersion.Other}).
     */
    static DataSource of(Environment environment) {
        DataSource database = atAnyMigration(environment);
        // A command reads and writes the database as this build's code has it; the service migrates at its
        // start, a command does not.
        SchemaVersion.requireThisBuilds(database);
        return database;
    }

    /**
     * The database the configuration names, never a new one, at whatever migration it holds: for a command
     * that does not read its tables (compacting the file).
     */
    static DataSource atAnyMigration(Environment environment) {
        String url = environment.getRequiredProperty("spring.datasource.url");
        if (DataFolderCheck.namesFile(url)) {
            Path file = DataFolderCheck.fileOf(DataFolderCheck.databaseOf(url));
            if (!Files.isRegularFile(file)) {
                throw new Missing(file);
            }
        }
        return new DriverManagerDataSource(
                url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")
                        ? url + ";IFEXISTS=TRUE"
                        : url,
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""));
    }

    /** No embedded database where the configuration says: most likely a mistyped mset.data-dir. */
    static final class Missing extends RuntimeException {
        Missing(Path file) {
            super("there is no database at " + file.toAbsolutePath().normalize()
                    + "; check mset.data-dir (the folder the service keeps its data in)");
        }
    }
}
