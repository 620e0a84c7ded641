package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The postgres profile names the setting it is missing, not the pool's "'url' must start with jdbc". */
class PostgresSettingsTest {

    @Test
    void aMissingUrlIsNamedAndAnyJdbcUrlIsTaken() {
        assertThat(PostgresSettings.problem(null))
                .contains("mset.database.url, the database's JDBC URL: jdbc:postgresql://host:5432/name");
        assertThat(PostgresSettings.problem(" ")).isPresent();
        assertThat(PostgresSettings.problem("localhost:5432/mset")).isPresent();
        // Given directly as spring.datasource.url, through a driver wrapper, or with the user inside it.
        assertThat(PostgresSettings.problem("jdbc:postgresql://localhost:5432/mset?user=mset"))
                .isEmpty();
        assertThat(PostgresSettings.problem("jdbc:otel:postgresql://localhost:5432/mset"))
                .isEmpty();
    }

    @Test
    void theStartIsRefusedNamingTheSettingsTheProfileNeeds() {
        assertThat(PostgresSettings.refusal(null))
                .contains("The postgres profile needs mset.database.url, the database's JDBC URL:"
                        + " jdbc:postgresql://host:5432/name (as an argument, or as MSET_DATABASE_URL), with"
                        + " mset.database.user and mset.database.password.");
        assertThat(PostgresSettings.refusal("jdbc:postgresql://localhost:5432/mset"))
                .isEmpty();
    }
}
