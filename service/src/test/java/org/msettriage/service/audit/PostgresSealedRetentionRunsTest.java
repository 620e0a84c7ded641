package org.msettriage.service.audit;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SealedRetentionRunsTest} on PostgreSQL: runs recorded, sealed and judging their removals there too. */
@ActiveProfiles("postgres")
class PostgresSealedRetentionRunsTest extends SealedRetentionRunsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
