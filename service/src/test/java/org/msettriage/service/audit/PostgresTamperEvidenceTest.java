package org.msettriage.service.audit;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TamperEvidenceTest} on PostgreSQL (the postgres profile, a database of its own): the seal chain, verification over the API and the command line, and every kind of tampering reported. */
@ActiveProfiles("postgres")
class PostgresTamperEvidenceTest extends TamperEvidenceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
