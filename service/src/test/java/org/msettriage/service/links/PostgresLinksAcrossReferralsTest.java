package org.msettriage.service.links;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link LinksAcrossReferralsTest} on PostgreSQL (the postgres profile, a database of its own). */
@ActiveProfiles("postgres")
class PostgresLinksAcrossReferralsTest extends LinksAcrossReferralsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
