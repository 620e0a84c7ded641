package org.msettriage.service.decision;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DecisionProfileBackfillTest} on PostgreSQL: the profile columns written and filled the same way. */
@ActiveProfiles("postgres")
class PostgresDecisionProfileBackfillTest extends DecisionProfileBackfillTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
