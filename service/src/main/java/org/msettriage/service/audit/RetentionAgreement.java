package org.msettriage.service.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.msettriage.service.problem.StartRefusedException;
import org.msettriage.service.store.FaultOnce;
import org.msettriage.service.store.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One retention period for every instance sharing the database, kept in it: what retention removes is gone
 * for good, and an operator's trial restarted one of two instances with three months, which removed the
 * content of 6,856 decisions for the whole region while the other still said six years. The first start
 * records its period; a start with another is refused before it serves, unless it names the period it
 * replaces ({@code mset.audit.retention-replaces}), which is how a partnership changes it. An instance still
 * running with the period replaced removes nothing until it is restarted with the new one.
 */
@Component
class RetentionAgreement implements SmartInitializingSingleton {

    static final String REPLACES = "mset.audit.retention-replaces";

    private static final Logger log = LoggerFactory.getLogger(RetentionAgreement.class);

    private final JdbcClient jdbc;
    private final RetentionInForce inForce;
    private final Duration period;
    private final Duration replaces;
    private final RetentionPeriod removal;
    private final JobLeases leases;
    private volatile boolean toldNotAgreed;
    private final FaultOnce checking = new FaultOnce(log, "Checking the retention period before removing content");

    RetentionAgreement(
            JdbcClient jdbc,
            RetentionInForce inForce,
            AuditSettings settings,
            RetentionPeriod removal,
            JobLeases leases) {
        this.jdbc = jdbc;
        this.inForce = inForce;
        this.period = inForce.period();
        this.replaces = settings.retentionReplaces();
        this.removal = removal;
        this.leases = leases;
    }

    @Override
    public void afterSingletonsInstantiated() {
        agree();
        inForce.announce();
    }

    /** Records this instance's period as the database's, or checks it is the one recorded. */
    void agree() {
        Optional<Duration> agreed = agreed();
        if (agreed.isEmpty()) {
            try {
                jdbc.sql("INSERT INTO retention_agreed (one_row, period, agreed_at) VALUES (1, :period, :at)")
                        .param("period", period.toString())
                        .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                        .update();
                return;
            } catch (DuplicateKeyException anotherStartedTogether) {
                agreed = agreed();
            }
        }
        Duration database = agreed.orElseThrow();
        if (database.equals(period)) {
            return;
        }
        // Only from the period named: two starts replacing it at once change it once, and the other is
        // refused below as any start with another period is (a review).
        if (database.equals(replaces)
                && jdbc.sql("UPDATE retention_agreed SET period = :period, agreed_at = :at"
                                        + " WHERE one_row = 1 AND period = :replaced")
                                .param("period", period.toString())
                                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                                .param("replaced", replaces.toString())
                                .update()
                        == 1) {
            log.warn(
                    "The retention period of every instance sharing this database is now {} (it was {}), as {}"
                            + " asked: restart the other instances with mset.audit.retention={}; until then they"
                            + " remove nothing",
                    RetentionInWords.of(period),
                    RetentionInWords.of(database),
                    REPLACES,
                    written(period));
            return;
        }
        database = agreed().orElse(database);
        if (database.equals(period)) {
            return;
        }
        throw new StartRefusedException(RetentionInForce.SETTING + " is " + written(period) + " ("
                + RetentionInWords.of(period) + "), but the instances sharing this database keep content for "
                + RetentionInWords.of(database) + ", set as " + written(database)
                + (replaces == null ? "" : " (not the " + written(replaces) + " that " + REPLACES + " names)")
                + ", and content removed at"
                + " retention is gone for good. Start this instance with " + RetentionInForce.SETTING + "="
                + written(database) + ", or, to change the period for every instance, start it with " + REPLACES
                + "=" + written(database) + " as well, then restart the others with the new period.");
    }

    /** Whether the database's period is still this instance's (another instance may have changed it). */
    boolean holds() {
        return agreed().map(period::equals).orElse(false);
    }

    @Scheduled(
            initialDelayString = "${mset.audit.retention-check-every:1h}",
            fixedDelayString = "${mset.audit.retention-check-every:1h}")
    void removeExpiredIfAgreed() {
        try {
            removeExpiredIfStillAgreed();
            checking.worked();
        } catch (RuntimeException e) {
            // A database outage: said once here, and by the store, not a scheduler's trace every check.
            checking.failed(e);
        }
    }

    private void removeExpiredIfStillAgreed() {
        Optional<Duration> agreed = agreed();
        if (agreed.isPresent() && agreed.get().equals(period)) {
            removal.removeIfLeaseHeld(this::holds);
            return;
        }
        // Held here, the lease would keep every instance from removing (an operator's trial): let it go, for
        // an instance on the database's period to take at its next check.
        leases.release(RetentionPeriod.LEASE);
        if (!toldNotAgreed) {
            toldNotAgreed = true;
            log.error(
                    "Retention period: this instance keeps content for {}, but the database's period is now {}:"
                            + " it removes nothing until it is restarted with mset.audit.retention={}",
                    RetentionInWords.of(period),
                    agreed.map(RetentionInWords::of).orElse("not recorded"),
                    agreed.map(RetentionAgreement::written).orElse("(the period of the other instances)"));
        }
    }

    private Optional<Duration> agreed() {
        return jdbc.sql("SELECT period FROM retention_agreed WHERE one_row = 1")
                .query(String.class)
                .optional()
                .map(Duration::parse);
    }

    /** As the setting takes it: whole days as "2192d", anything shorter in milliseconds. */
    static String written(Duration period) {
        return period.toMillis() % Duration.ofDays(1).toMillis() == 0
                ? period.toDays() + "d"
                : period.toMillis() + "ms";
    }
}
