package org.msettriage.service.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How work that must run on one instance at a time is handed between instances sharing a database.
 * {@code duration}: how long a lease lasts unless renewed, so how soon another instance takes over from
 * one that died; {@code renewEvery}: how often a holder renews (well inside the duration), and how often
 * the others try to take a lease that is free.
 */
@ConfigurationProperties("mset.leases")
public record LeaseSettings(
        @DefaultValue("10s") Duration duration,
        @DefaultValue("1s") Duration renewEvery) {}
