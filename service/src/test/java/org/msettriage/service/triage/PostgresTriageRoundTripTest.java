package org.msettriage.service.triage;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TriageRoundTripTest} on PostgreSQL (the postgres profile, a database of its own): triage stores the decision and reads it back as answered. */
@ActiveProfiles("postgres")
class PostgresTriageRoundTripTest extends TriageRoundTripTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
