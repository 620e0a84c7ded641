package org.msettriage.service.audit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the seal key against the chain before Flyway migrates: migrations that seal or queue records
 * (28.1, the switches of the rules) commit what they write, so one run with the wrong key would leave
 * records queued under it for good, and every later start with the right key would find them unvouched.
 * After migrating, refuses a database a newer build has migrated ({@link #refuseNewerSchema}).
 */
@Component
class KeysCheckedBeforeMigrating implements FlywayMigrationStrategy {

    private final AuditKeys keys;

    KeysCheckedBeforeMigrating(AuditKeys keys) {
        this.keys = keys;
    }

    @Override
    public void migrate(Flyway flyway) {
        checkSealKey(JdbcClient.create(flyway.getConfiguration().getDataSource()), keys.seal());
        MigrateResult migrated = flyway.migrate();
        if (migrated.migrationsExecuted == 0) {
            // Flyway only warns of a database a newer build migrated. Looked for only when nothing was
            // migrated (a database that needed this build's migrations was older): about 30 ms at a start.
            refuseNewerSchema(Arrays.stream(flyway.info().applied())
                    .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                            || migration.getState() == MigrationState.FUTURE_FAILED)
                    .toList());
        }
    }

    /**
     * An older build on a database a newer one migrated would write records the newer one does not expect
     * (columns a migration filled in once, left empty; switches of the rules not sealed): found by an
     * operator whose rolled-back deployment started silently, with Flyway's warning only.
     */
    static void refuseNewerSchema(List<MigrationInfo> future) {
        if (future.isEmpty()) {
            return;
        }
        String versions = future.stream()
                .map(migration -> migration.getVersion() + " (" + migration.getDescription() + ")")
                .collect(Collectors.joining(", "));
        throw new StartRefusedException("This database was migrated by a newer build of the service: it holds"
                + " migration(s) " + versions + ", which this build does not have. Start the newer build, or"
                + " restore the backup taken before the upgrade and start this build on that (docs/operations.md,"
                + " \"Upgrading several instances\"). Nothing was migrated.");
    }

    static void checkSealKey(JdbcClient jdbc, byte[] sealKey) {
        try {
            StoredKeysCheck.checkSealKey(jdbc, sealKey).ifPresent(problem -> {
                throw new StartRefusedException(problem + " Start with the key this database was sealed with (a"
                        + " restored backup needs the keys it was made with); nothing was migrated.");
            });
        } catch (BadSqlGrammarException noChainYet) {
            // A new database, or one from before the chain: nothing is sealed, so any key may start it.
        }
    }
}
