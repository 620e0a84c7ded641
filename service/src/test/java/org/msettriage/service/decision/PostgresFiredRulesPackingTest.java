package org.msettriage.service.decision;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link FiredRulesPackingTest} on PostgreSQL: the rules that fired kept in BYTEA, and packed the same way. */
@ActiveProfiles("postgres")
class PostgresFiredRulesPackingTest extends FiredRulesPackingTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
