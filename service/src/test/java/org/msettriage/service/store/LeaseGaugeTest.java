package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A lease's gauge is there from the start, at 0, before its job first asks for it: the retention period
 * first asks an hour after the start, and an operator looking for its gauge meanwhile found none.
 */
class LeaseGaugeTest {

    private static JobLeases leases() {
        // Never connected to: declaring a lease and reading its gauge touch no database.
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:never-opened"));
        return new JobLeases(
                jdbc, new LeaseSettings(Duration.ofSeconds(2), Duration.ofMillis(200)), new StoreFaults(null));
    }

    private static Double held(SimpleMeterRegistry registry, String lease) {
        var gauge = registry.find("mset.lease.held").tag("lease", lease).gauge();
        return gauge == null ? null : gauge.value();
    }

    @Test
    void aLeaseDeclaredBeforeTheMetricsAreBoundHasItsGaugeAtZero() {
        JobLeases leases = leases();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        leases.declare("retention-period");
        leases.bindTo(registry);

        assertThat(held(registry, "retention-period")).isEqualTo(0.0);
    }

    @Test
    void aLeaseDeclaredAfterTheMetricsAreBoundHasItsGaugeAtZero() {
        JobLeases leases = leases();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        leases.bindTo(registry);
        leases.declare("retention-period");
        leases.declare("retention-period");

        assertThat(held(registry, "retention-period")).isEqualTo(0.0);
        assertThat(registry.find("mset.lease.held").gauges()).hasSize(1);
        assertThat(held(registry, "decision-sealer"))
                .as("a lease nobody declared")
                .isNull();
    }
}
