package org.msettriage.service.store;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Health from the store's point of view: DOWN while the database cannot be read, or, during a fault, while
 * it still cannot be written (a full disk reads fine). During a fault a probe is answered at once, from the
 * fault's state: an operator found each probe (and each scrape) waiting on the pool's connection timeout
 * for as long as the database was gone, longer than a load balancer waits. The write that ends the fault is
 * tried in the background every {@code mset.database.probe-every} (1 s), so health comes back UP by
 * itself, with or without triage calls to notice it.
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
        if (faults.failing()) {
            return Health.down().build();
        }
        try {
            jdbc.sql("SELECT probe_id FROM store_probe WHERE probe_id = 1")
                    .query(Integer.class)
                    .single();
            return Health.up().build();
        } catch (RuntimeException e) {
            faults.failed(e);
            return Health.down().build();
        }
    }

    /** During a fault: the write that shows the database works again (a read would pass on a full disk). */
    @Scheduled(fixedDelayString = "${mset.database.probe-every:1s}")
    void probeWhileFailing() {
        if (!faults.failing()) {
            return;
        }
        try {
            StoreWritableAtStart.writeProbe(jdbc);
            faults.succeeded();
        } catch (RuntimeException e) {
            faults.failed(e);
        }
    }
}
