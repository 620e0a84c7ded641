package org.msettriage.service.audit;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AuditorsApiTest} on PostgreSQL (the postgres profile, a database of its own): the auditors' search, filters, sorting and paging, the record with feedback and readers, subject access. */
@ActiveProfiles("postgres")
class PostgresAuditorsApiTest extends AuditorsApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
