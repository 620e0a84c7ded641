package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The postgres profile names the settings it is missing, not the pool's "'url' must start with jdbc". */
class PostgresSettingsTest {

    @Test
    void aMissingOrForeignUrlAndAMissingUserAreNamed() {
        assertThat(PostgresSettings.problems(null, null))
                .containsExactly(
                        "mset.database.url, the database's JDBC URL: jdbc:postgresql://host:5432/name",
                        "mset.database.user, the user that owns the database");
        assertThat(PostgresSettings.problems("jdbc:h2:file:./data/x", "mset")).hasSize(1);
        assertThat(PostgresSettings.problems("${mset.database.url}", "mset")).hasSize(1);
        assertThat(PostgresSettings.problems("jdbc:postgresql://localhost:5432/mset", "mset"))
                .isEmpty();
    }
}
