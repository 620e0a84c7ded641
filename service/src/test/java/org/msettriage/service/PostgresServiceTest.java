package org.msettriage.service;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real service as {@link ServiceTest} runs it, but on PostgreSQL through the postgres profile: a
 * database of its own on the test server ({@link TestPostgres}), migrated by Flyway at start.
 */
@ActiveProfiles("postgres")
public abstract class PostgresServiceTest extends ServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
