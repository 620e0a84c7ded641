package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Settings that name one database while the service would open another are refused at start. */
class DatabaseChoiceCheckTest {

    private static final String H2 = "jdbc:h2:file:./data/mset-triage;WRITE_DELAY=0";
    private static final String POSTGRES = "jdbc:postgresql://db:5432/mset";

    @Test
    void aPostgresUrlWithoutThePostgresProfileIsRefusedRatherThanIgnored() {
        assertThat(DatabaseChoiceCheck.problem(false, POSTGRES, H2))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("mset.database.url is set, but the postgres profile is not active")
                        .contains("--spring.profiles.active=postgres"));
        assertThat(DatabaseChoiceCheck.problem(false, null, POSTGRES))
                .hasValueSatisfying(
                        problem -> assertThat(problem).startsWith("spring.datasource.url names a database"));
    }

    @Test
    void anH2UrlUnderThePostgresProfileIsRefused() {
        assertThat(DatabaseChoiceCheck.problem(true, POSTGRES, H2))
                .hasValueSatisfying(
                        problem -> assertThat(problem).contains("spring.datasource.url names an H2 database"));
        // Given as mset.database.url, it is named so (an operator's trial).
        assertThat(DatabaseChoiceCheck.problem(true, H2, H2))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith("The postgres profile is active, but mset.database.url names an H2 database"));
    }

    @Test
    void eachProfileWithItsOwnDatabaseStarts() {
        assertThat(DatabaseChoiceCheck.problem(false, null, H2)).isEmpty();
        assertThat(DatabaseChoiceCheck.problem(false, " ", H2)).isEmpty();
        assertThat(DatabaseChoiceCheck.problem(true, POSTGRES, POSTGRES)).isEmpty();
        assertThat(DatabaseChoiceCheck.problem(true, null, "jdbc:otel:postgresql://db:5432/mset"))
                .isEmpty();
        // The postgres profile's URL not given at all: PostgresSettings.refusal names it.
        assertThat(DatabaseChoiceCheck.problem(true, null, null)).isEmpty();
    }
}
