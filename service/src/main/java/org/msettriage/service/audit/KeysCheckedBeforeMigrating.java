package org.msettriage.service.audit;

import org.flywaydb.core.Flyway;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the seal key against the chain before Flyway migrates: migrations that seal or queue records
 * (28.1, the switches of the rules) commit what they write, so one run with the wrong key would leave
 * records queued under it for good, and every later start with the right key would find them unvouched.
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
        flyway.migrate();
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
