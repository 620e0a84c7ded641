package org.msettriage.service.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Health from the store's point of view: DOWN while the database cannot be read, or, during a fault, while
 * it still cannot be written (a full disk reads fine). A write that works ends the fault, so health comes
 * back UP by itself, with or without triage calls to notice it.
 */
@Component("decisionStore")
class StoreHealth implements HealthIndicator {

    private final JdbcClient jdbc;
    private final StoreFaults faults;

    StoreHealth(JdbcClient jdbc, StoreFaults faults) {
        this.jdbc = jdbc;
        this.faults = faults;
    }

    @Override
    public Health health() {
        try {
            if (faults.failing()) {
                jdbc.sql("UPDATE store_probe SET probed_at = :at WHERE probe_id = 1")
                        .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                        .update();
            } else {
                jdbc.sql("SELECT probe_id FROM store_probe WHERE probe_id = 1")
                        .query(Integer.class)
                        .single();
            }
            faults.succeeded();
            return Health.up().build();
        } catch (RuntimeException e) {
            faults.failed(e);
            return Health.down().build();
        }
    }
}
