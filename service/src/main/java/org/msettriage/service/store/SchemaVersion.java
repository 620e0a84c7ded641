package org.msettriage.service.store;

import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration this build's code reads the database as (the last of its Flyway history). The service
 * migrates at its start; a command that reads a database without starting the service (verification,
 * re-hashing names) must first know the database is in that form, or it would read an older one's hashes
 * as altered and write over them.
 */
public final class SchemaVersion {

    /** The last migration of this build; {@code MigrationsAppliedTest} fails when a newer one is added. */
    public static final String OF_THIS_BUILD = "43";

    private SchemaVersion() {}

    /** The database is at another migration than this build's. */
    public static final class Other extends RuntimeException {
        Other(String message) {
            super(message);
        }
    }

    /** Refuses a database at another migration than this build's, saying which and what to do. */
    public static void requireThisBuilds(DataSource database) {
        Optional<String> latest = latestApplied(database);
        MigrationVersion ours = MigrationVersion.fromVersion(OF_THIS_BUILD);
        if (latest.isEmpty()) {
            throw new Other("the database holds no migrations of the service (it was never started on it)");
        }
        MigrationVersion theirs = MigrationVersion.fromVersion(latest.get());
        if (theirs.compareTo(ours) < 0) {
            throw new Other("the database was last migrated by an older build (to migration " + latest.get()
                    + "; this build's is " + OF_THIS_BUILD + "): start the service of this build on it once, which"
                    + " migrates it, stop it, then run this again");
        }
        if (theirs.compareTo(ours) > 0) {
            throw new Other("the database was migrated by a newer build (to migration " + latest.get()
                    + "; this build's is " + OF_THIS_BUILD + "): use that build's command");
        }
    }

    private static Optional<String> latestApplied(DataSource database) {
        try {
            return JdbcClient.create(database)
                    .sql("SELECT \"version\" FROM \"flyway_schema_history\""
                            + " WHERE \"success\" AND \"version\" IS NOT NULL")
                    .query(String.class)
                    .list()
                    .stream()
                    .max((a, b) -> MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b)));
        } catch (BadSqlGrammarException noHistory) {
            return Optional.empty();
        }
    }
}
