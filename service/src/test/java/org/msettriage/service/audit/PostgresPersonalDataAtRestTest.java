package org.msettriage.service.audit;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PersonalDataAtRestTest} on PostgreSQL (the postgres profile, a database of its own): content encrypted at rest, and the retention period removing it while the record still verifies. */
@ActiveProfiles("postgres")
class PostgresPersonalDataAtRestTest extends PersonalDataAtRestTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
