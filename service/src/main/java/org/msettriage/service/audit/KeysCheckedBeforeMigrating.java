package org.msettriage.service.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
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
 * Checks the seal key against the chain, the encryption and child-reference keys against the newest stored
 * requests, and the identifier key against the names they give, before Flyway migrates: migrations that
 * seal or queue records (28.1, the switches of the rules) commit what they write, so one run with the
 * wrong key would leave records queued under it for good, and every later start with the right key would
 * find them unvouched; and a start refused for a key after migrating leaves a database its old build no
 * longer starts on. A database a newer build migrated is refused as that first.
 * After migrating, refuses a database a newer build has migrated ({@link #refuseNewerSchema}).
 */
@Component
class KeysCheckedBeforeMigrating implements FlywayMigrationStrategy {

    private final AuditKeys keys;
    private final PersonalContent content;
    private final IdentifierHash identifierHash;

    KeysCheckedBeforeMigrating(AuditKeys keys, PersonalContent content, IdentifierHash identifierHash) {
        this.keys = keys;
        this.content = content;
        this.identifierHash = identifierHash;
    }

    @Override
    public void migrate(Flyway flyway) {
        JdbcClient jdbc = JdbcClient.create(flyway.getConfiguration().getDataSource());
        List<String> problems = new ArrayList<>();
        if (everMigrated(flyway)) {
            unlessNothingWritten(() -> StoredKeysCheck.checkSealKey(jdbc, keys.seal()))
                    .ifPresent(problems::add);
            // The content and identifier keys too: an upgrade refused for one after migrating left a database
            // its old build then refused, blaming the seal key (an operator's trial with a mistyped key).
            unlessNothingWritten(() -> StoredKeysCheck.checkStoredContentKeys(jdbc, content, identifierHash))
                    .ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            // A newer build's records may not read as this build expects: that, not the keys, is then the reason.
            refuseNewerSchema(future(flyway));
            throw StoredKeysCheck.refused(problems, "nothing was migrated.");
        }
        MigrateResult migrated = flyway.migrate();
        if (migrated.migrationsExecuted == 0) {
            // Flyway only warns of a database a newer build migrated. Looked for only when nothing was
            // migrated (a database that needed this build's migrations was older): about 30 ms at a start.
            refuseNewerSchema(future(flyway));
        }
    }

    /**
     * Whether Flyway has migrated this database before, asked of the database's catalogue: on a new database
     * the checks' queries of tables not yet made were each an ERROR in PostgreSQL's own log, noise to an
     * operator who alerts on its errors (an operator's trial).
     */
    private static boolean everMigrated(Flyway flyway) {
        String table = flyway.getConfiguration().getTable();
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            DatabaseMetaData catalogue = connection.getMetaData();
            // As written, and as H2 (upper case) and PostgreSQL (lower case) keep a name not quoted.
            for (String name : new LinkedHashSet<>(
                    List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)))) {
                try (ResultSet found = catalogue.getTables(null, null, name, null)) {
                    if (found.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            // Not known: the checks run, and a table they do not find still counts as nothing written.
            return true;
        }
    }

    private static List<MigrationInfo> future(Flyway flyway) {
        return Arrays.stream(flyway.info().applied())
                .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                        || migration.getState() == MigrationState.FUTURE_FAILED)
                .toList();
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

    /**
     * The check's problem; none where the store has not yet the table or column it reads (a new database,
     * or one from before the chain or the stored content): nothing is sealed or encrypted there, so any key
     * may start it.
     */
    private static Optional<String> unlessNothingWritten(Supplier<Optional<String>> check) {
        try {
            return check.get();
        } catch (BadSqlGrammarException notYetWritten) {
            return Optional.empty();
        }
    }
}
