package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.service.ServiceTest;
import org.msettriage.service.store.SchemaVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The running service applies every migration, the Java one it hands to Flyway as a bean included. */
class MigrationsAppliedTest extends ServiceTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationSucceededInOrder() {
        List<String> applied = jdbc.sql(
                        "SELECT \"version\" || ' ' || \"type\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .query(String.class)
                .list();

        assertThat(applied)
                .containsExactly(
                        "1 SQL",
                        "2 SQL",
                        "3 SQL",
                        "4 JDBC",
                        "5 SQL",
                        "6 SQL",
                        "7 JDBC",
                        "8 SQL",
                        "9 JDBC",
                        "10 SQL",
                        "11 SQL",
                        "12 SQL",
                        "13 SQL",
                        "14 SQL",
                        "15 SQL",
                        "16 SQL",
                        "17 JDBC",
                        "18 SQL",
                        "19 SQL",
                        "20 SQL",
                        "21 SQL",
                        "21.1 JDBC",
                        "22 SQL",
                        "22.1 JDBC",
                        "23 SQL",
                        "24 SQL",
                        "25 SQL",
                        "26 SQL",
                        "26.1 JDBC",
                        "27 SQL",
                        "28 SQL",
                        "28.1 JDBC",
                        "29 SQL",
                        "30 SQL",
                        "30.1 JDBC",
                        "31 SQL",
                        "31.1 JDBC",
                        "32 SQL",
                        "32.1 JDBC",
                        "33 SQL",
                        "34 SQL",
                        "35 SQL",
                        "36 SQL",
                        "36.1 JDBC",
                        "37 SQL",
                        "38 SQL",
                        "39 JDBC",
                        "40 SQL",
                        "41 SQL",
                        "42 SQL",
                        "43 SQL");
        // The commands that read a stopped service's database refuse one at another migration than this.
        assertThat(applied.get(applied.size() - 1)).startsWith(SchemaVersion.OF_THIS_BUILD + " ");
    }
}
