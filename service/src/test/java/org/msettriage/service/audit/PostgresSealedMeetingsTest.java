package org.msettriage.service.audit;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SealedMeetingsTest} on PostgreSQL: a meeting's day and the moment it ends, kept as PostgreSQL keeps
 * a time with its zone, are sealed and checked there too.
 */
@ActiveProfiles("postgres")
class PostgresSealedMeetingsTest extends SealedMeetingsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
