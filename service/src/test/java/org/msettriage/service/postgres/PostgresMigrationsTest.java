package org.msettriage.service.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.msettriage.service.PostgresServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The service on PostgreSQL applies the same Flyway history as on H2: the same versions, descriptions
 * and kinds in the same order, the portable scripts with the same checksums, only the vendor folders'
 * differing. The H2 history is made here from the same Java migration beans.
 */
class PostgresMigrationsTest extends PostgresServiceTest {

    private static final String HISTORY = "SELECT \"version\", \"description\", \"type\", \"script\", \"checksum\""
            + " FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"";

    record Applied(String version, String description, String type, String script, Integer checksum) {}

    @Autowired
    JdbcClient postgres;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void theServiceRunsOnPostgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void postgresqlHasTheSameHistoryAsH2() throws Exception {
        Path folder = Files.createTempDirectory("mset-h2-history");
        DriverManagerDataSource h2 =
                new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("h2") + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                .load()
                .migrate();
        List<Applied> onH2 = history(JdbcClient.create(h2));
        List<Applied> onPostgresql = history(postgres);

        assertThat(onPostgresql)
                .extracting(Applied::version)
                .containsExactly(
                        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
                        "18", "19", "20", "21", "21.1", "22", "22.1", "23", "24", "25", "26", "26.1", "27", "28",
                        "28.1", "29", "30", "30.1", "31", "31.1", "32", "32.1", "33", "34", "35", "36", "36.1", "37",
                        "38", "39", "40", "41", "42", "43");
        assertThat(onPostgresql)
                .extracting(a -> a.version() + " " + a.description() + " " + a.type() + " " + a.script())
                .containsExactlyElementsOf(onH2.stream()
                        .map(a -> a.version() + " " + a.description() + " " + a.type() + " " + a.script())
                        .toList());
        // Only V1, V5, V8 and V26 are vendor scripts (CLOB and VARBINARY against TEXT and BYTEA, and how each
        // makes a column nullable), V24 (how each names a primary key to drop) and V40 (PostgreSQL's STORED
        // generated column); everything else is the very same migration.
        for (int i = 0; i < onH2.size(); i++) {
            Applied h2Step = onH2.get(i);
            if (List.of("1", "5", "8", "24", "26", "40").contains(h2Step.version())) {
                assertThat(onPostgresql.get(i).checksum()).isNotEqualTo(h2Step.checksum());
            } else {
                assertThat(onPostgresql.get(i).checksum()).isEqualTo(h2Step.checksum());
            }
        }
    }

    private static List<Applied> history(JdbcClient jdbc) {
        return jdbc.sql(HISTORY)
                .query((row, n) ->
                        new Applied(row.getString(1), row.getString(2), row.getString(3), row.getString(4), (Integer)
                                row.getObject(5)))
                .list();
    }
}
