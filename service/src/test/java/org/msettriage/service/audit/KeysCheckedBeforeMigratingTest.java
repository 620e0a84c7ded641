package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.msettriage.service.TestPostgres;
import org.msettriage.service.problem.StartRefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * An upgrade started with the wrong seal key stops before Flyway migrates: migration 28.1 would otherwise
 * queue the switches of the rules under that key, and every later start with the right key would find
 * none it could serve.
 */
class KeysCheckedBeforeMigratingTest {

    @TempDir
    Path dataDir;

    private static AuditKeys keys(String seal) {
        return keys(AuditKeysTest.ENCRYPTION, seal);
    }

    private static AuditKeys keys(String encryption, String seal) {
        return new AuditKeys(AuditKeysTest.settings(encryption, AuditKeysTest.CHILD_REF, seal), new MockEnvironment());
    }

    @Test
    void theWrongChildReferenceKeyMigratesNothingEither() {
        // Read before migration 39, when the store kept the child's hash as hex.
        OldStore store = atMigration27WithADecision();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());

        AuditKeys wrong = new AuditKeys(
                AuditKeysTest.settings(AuditKeysTest.ENCRYPTION, AuditKeysTest.OTHER_OWN, AuditKeysTest.SEAL),
                new MockEnvironment());
        assertThatThrownBy(() -> checker(wrong).migrate(upgrade(store, wrong)))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith(
                        "mset.audit.child-ref-key is not the key this database's child references were hashed with")
                .hasMessageEndingWith("nothing was migrated.");
        assertThat(version(jdbc)).isEqualTo("27");
        migratesWithTheRightKeys(store, jdbc);
    }

    @Test
    void aNewPostgresDatabaseIsMigratedWithoutAnErrorInTheServersLog() {
        // An operator's trial: the checks read tables a new database does not have yet, each an ERROR in
        // PostgreSQL's own log.
        OldStore store = OldStore.postgres();
        int logged = TestPostgres.serverLog().length();

        checker(keys(AuditKeysTest.SEAL)).migrate(upgrade(store, keys(AuditKeysTest.SEAL)));

        assertThat(version(JdbcClient.create(store.dataSource()))).isEqualTo("28.1");
        assertThat(TestPostgres.serverLog().substring(logged)).doesNotContain("does not exist");
    }

    private static KeysCheckedBeforeMigrating checker(AuditKeys keys) {
        return new KeysCheckedBeforeMigrating(
                keys, new PersonalContent(new FieldCipher(keys), new ChildRefHash(keys)), new IdentifierHash(keys));
    }

    @Test
    void theWrongEncryptionKeyMigratesNothingEither() {
        // An operator's trial: an upgrade started with a mistyped encryption key was refused only after it
        // had migrated, and the old build, started again, then refused the database blaming the seal key.
        OldStore store = atMigration27WithADecision();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());

        AuditKeys wrong = keys(AuditKeysTest.OTHER_OWN, AuditKeysTest.SEAL);
        assertThatThrownBy(() -> checker(wrong).migrate(upgrade(store, wrong)))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith(
                        "mset.audit.encryption-key is not the key this database's personal content was encrypted with")
                .hasMessageEndingWith("nothing was migrated.");
        assertThat(version(jdbc)).isEqualTo("27");
        migratesWithTheRightKeys(store, jdbc);
    }

    @Test
    void theWrongIdentifierKeyMigratesNothingEither() {
        // Read before migration 39, when the store kept the names' hashes as hex: refused only after migrating,
        // it left a database its old build no longer started on, as the content keys did.
        OldStore store = OldStore.h2(dataDir);
        store.flyway().target("27").load().migrate();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        SealedRows.decisionNaming(jdbc, keys(AuditKeysTest.SEAL), "child-1", "Big Zed");

        AuditKeys wrong = new AuditKeys(
                AuditKeysTest.settings(
                        AuditKeysTest.ENCRYPTION, AuditKeysTest.CHILD_REF, AuditKeysTest.SEAL, AuditKeysTest.OWN),
                new MockEnvironment());
        assertThatThrownBy(() -> checker(wrong).migrate(upgrade(store, wrong)))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("mset.audit.identifier-key is not the key this database's names were hashed")
                .hasMessageEndingWith("nothing was migrated.");
        assertThat(version(jdbc)).isEqualTo("27");
        migratesWithTheRightKeys(store, jdbc);
    }

    @Test
    void aDatabaseANewerBuildMigratedIsRefusedAsSuchEvenWithKeysItRefuses() {
        // The trial's old build blamed the seal key for a database the new build had migrated: a newer
        // build's records may not read as this build expects, so that is the reason given.
        OldStore store = atMigration27WithADecision();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        laterMigration(jdbc);

        AuditKeys wrong = keys(AuditKeysTest.OWN);
        assertThatThrownBy(() -> checker(wrong).migrate(upgrade(store, wrong)))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("This database was migrated by a newer build of the service");
    }

    /** A database as a build of migration 27 left it, holding one decision sealed with the right keys. */
    private OldStore atMigration27WithADecision() {
        OldStore store = OldStore.h2(dataDir);
        store.flyway().target("27").load().migrate();
        SealedRows.decision(JdbcClient.create(store.dataSource()), keys(AuditKeysTest.SEAL), "child-1");
        return store;
    }

    private static void migratesWithTheRightKeys(OldStore store, JdbcClient jdbc) {
        AuditKeys right = keys(AuditKeysTest.SEAL);
        checker(right).migrate(upgrade(store, right));
        assertThat(version(jdbc)).isEqualTo("28.1");
    }

    private static void laterMigration(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                    "installed_by", "execution_time", "success")
                SELECT MAX("installed_rank") + 1, '99', 'a change of a later build', 'SQL', 'V99__later.sql', 'sa', 1,
                    TRUE FROM "flyway_schema_history"
                """).update();
    }

    @Test
    void theWrongSealKeyMigratesNothingAndTheRightOneMigrates() {
        OldStore store = atMigration27WithADecision();
        JdbcClient jdbc = JdbcClient.create(store.dataSource());
        jdbc.sql("""
                INSERT INTO ruleset (version, sha256, source, registered_at, registered_by)
                VALUES ('2026.12.2', :sha, 'PACKAGED', CURRENT_TIMESTAMP, 'service')
                """).param("sha", "0".repeat(64)).update();
        jdbc.sql("""
                INSERT INTO ruleset_activation (version, kind, activated_at, activated_by, reason,
                                                accepted_scenario_changes)
                VALUES ('2026.12.2', 'FIRST_START', CURRENT_TIMESTAMP, 'service', 'why', '[]')
                """).update();

        AuditKeys wrong = keys(AuditKeysTest.OWN);
        assertThatThrownBy(() -> checker(wrong).migrate(upgrade(store, wrong)))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("mset.audit.seal-key is not the key this database's chain was sealed with")
                .hasMessageEndingWith("nothing was migrated.");
        assertThat(version(jdbc)).isEqualTo("27");
        migratesWithTheRightKeys(store, jdbc);
    }

    @Test
    void aNewDatabaseMigratesWithAnyKey() {
        OldStore store = OldStore.h2(dataDir);
        AuditKeys any = keys(AuditKeysTest.OWN);

        checker(any).migrate(upgrade(store, any));

        assertThat(version(JdbcClient.create(store.dataSource()))).isEqualTo("28.1");
    }

    @Test
    void aDatabaseANewerBuildMigratedIsRefusedNamingWhatItHolds() {
        OldStore store = OldStore.h2(dataDir);
        AuditKeys any = keys(AuditKeysTest.OWN);
        checker(any).migrate(upgrade(store, any));
        laterMigration(JdbcClient.create(store.dataSource()));

        assertThatThrownBy(() -> checker(any).migrate(upgrade(store, any)))
                .isInstanceOf(StartRefusedException.class)
                .hasMessageStartingWith("This database was migrated by a newer build of the service")
                .hasMessageContaining("99 (a change of a later build)")
                .hasMessageEndingWith("Nothing was migrated.");
    }

    private static Flyway upgrade(OldStore store, AuditKeys keys) {
        return store.flyway()
                .javaMigrations(new ActivationSealBackfill(keys))
                .target("28.1")
                .load();
    }

    private static String version(JdbcClient jdbc) {
        return jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                        + " ORDER BY \"installed_rank\" DESC FETCH FIRST ROW ONLY")
                .query(String.class)
                .single();
    }
}
