package org.msettriage.service.ruleset;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RulesetWorkflowTest} on PostgreSQL (the postgres profile, a database of its own): the ruleset store: validate, keep, activate and roll back, and an impact job run to DONE. */
@ActiveProfiles("postgres")
class PostgresRulesetWorkflowTest extends RulesetWorkflowTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
