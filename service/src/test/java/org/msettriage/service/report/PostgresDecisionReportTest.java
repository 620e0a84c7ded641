package org.msettriage.service.report;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DecisionReportTest} on PostgreSQL (the postgres profile, a database of its own): the outcome counts read from the decision columns. */
@ActiveProfiles("postgres")
class PostgresDecisionReportTest extends DecisionReportTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
