package org.msettriage.service.panel;

import org.msettriage.service.TestPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PanelOrderRaceTest} on PostgreSQL (the postgres profile, a database of its own). */
@ActiveProfiles("postgres")
class PostgresPanelOrderRaceTest extends PanelOrderRaceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
