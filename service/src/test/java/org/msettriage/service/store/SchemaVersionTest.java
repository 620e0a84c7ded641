package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msettriage.service.OldStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The offline commands read a database only at this build's last migration, and say why not otherwise. */
class SchemaVersionTest {

    @TempDir
    Path dataDir;

    @Test
    void aDatabaseAtThisBuildsMigrationIsRead() {
        OldStore store = OldStore.h2(dataDir);
        store.migrateToThisBuild();

        assertThatCode(() -> SchemaVersion.requireThisBuilds(store.dataSource()))
                .doesNotThrowAnyException();
    }

    @Test
    void aDatabaseANewerBuildMigratedIsRefused() {
        OldStore store = OldStore.h2(dataDir);
        store.migrateToThisBuild();
        // As a newer build's migration would leave the history: one step after this build's last, whichever
        // that is (a fixed number here stopped being newer when this build gained a migration).
        String newer = SchemaVersion.OF_THIS_BUILD + ".1";
        JdbcClient.create(store.dataSource()).sql("""
                        INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type",
                            "script", "checksum", "installed_by", "installed_on", "execution_time", "success")
                        SELECT MAX("installed_rank") + 1, :newer, 'newer', 'JDBC', 'newer', 0, 'sa',
                            CURRENT_TIMESTAMP, 0, TRUE FROM "flyway_schema_history"
                        """).param("newer", newer).update();

        assertThatThrownBy(() -> SchemaVersion.requireThisBuilds(store.dataSource()))
                .isInstanceOf(SchemaVersion.Other.class)
                .hasMessage("the database was migrated by a newer build (to migration " + newer + "; this build's is "
                        + SchemaVersion.OF_THIS_BUILD + "): use that build's command");
    }

    @Test
    void aDatabaseNeverMigratedIsRefused() {
        OldStore store = OldStore.h2(dataDir);
        JdbcClient.create(store.dataSource()).sql("CREATE TABLE other (id INT)").update();

        assertThatThrownBy(() -> SchemaVersion.requireThisBuilds(store.dataSource()))
                .isInstanceOf(SchemaVersion.Other.class)
                .hasMessage("the database holds no migrations of the service (it was never started on it)");
    }
}
