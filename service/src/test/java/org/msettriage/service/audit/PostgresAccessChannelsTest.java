package org.msettriage.service.audit;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AccessChannelsTest} on PostgreSQL (the postgres profile, a database of its own): migration 34's check on the channel, and what each channel records and says. */
@ActiveProfiles("postgres")
class PostgresAccessChannelsTest extends AccessChannelsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
