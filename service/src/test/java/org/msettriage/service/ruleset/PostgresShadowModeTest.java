package org.msettriage.service.ruleset;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ShadowModeTest} on PostgreSQL (the postgres profile, a database of its own): a candidate in shadow and its differences, paged. */
@ActiveProfiles("postgres")
class PostgresShadowModeTest extends ShadowModeTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
