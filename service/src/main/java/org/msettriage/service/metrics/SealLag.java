package org.msettriage.service.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.msettriage.service.store.StoreFaults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far sealing is behind: decisions stored but not yet sealed into the chain, and how long the oldest
 * has waited. Read from the queue when scraped, so every instance reports the shared database's state.
 */
@Component
class SealLag {

    private final JdbcClient jdbc;
    private final StoreFaults faults;

    SealLag(JdbcClient jdbc, StoreFaults faults, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.faults = faults;
        Gauge.builder("mset.seal.waiting", this, SealLag::waiting)
                .description("Decisions stored and waiting to be sealed")
                .baseUnit("decisions")
                .register(registry);
        Gauge.builder("mset.seal.lag", this, SealLag::oldestWaitSeconds)
                .description("How long the oldest decision waiting to be sealed has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    private double waiting() {
        return measured(() -> jdbc.sql("SELECT COUNT(*) FROM decision_unsealed")
                .query(Long.class)
                .single());
    }

    private double oldestWaitSeconds() {
        return measured(() -> {
            // The database's own time type (with its zone), read as such: a null when nothing waits.
            Optional<OffsetDateTime> oldest = jdbc.sql("SELECT MIN(queued_at) FROM decision_unsealed")
                    .query((row, n) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class)))
                    .single();
            return oldest.map(at ->
                            Duration.between(at.toInstant(), Instant.now()).toMillis() / 1000.0)
                    .orElse(0.0);
        });
    }

    /**
     * What the read gives, or NaN during a store fault (not a wait on the pool's timeout at every scrape of
     * an outage: the scrape would time out) or when the read fails: the scrape goes on, and health and the
     * 503s report the database itself.
     */
    private double measured(DoubleSupplier read) {
        if (faults.failing()) {
            return Double.NaN;
        }
        try {
            return read.getAsDouble();
        } catch (RuntimeException databaseUnusable) {
            return Double.NaN;
        }
    }
}
