package org.msettriage.service.report;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DecisionReportProfileTest} on PostgreSQL: the grouped query by month joined the same way. */
@ActiveProfiles("postgres")
class PostgresDecisionReportProfileTest extends DecisionReportProfileTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
