package org.msettriage.service.links;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.msettriage.rules.links.LinkPolicy;
import org.msettriage.service.ruleset.ActiveRuleset;
import org.msettriage.service.store.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps an identifier's keyed hash only while it can link: rows of decisions assessed longer ago than the
 * serving ruleset's {@code link_window_days} are removed (the decisions themselves, and their encrypted
 * requests, stay for the retention period). A ruleset that later reaches further back finds links only as
 * far as the rows kept. Checked as often as the retention period, on the one instance holding the
 * {@value #LEASE} lease, a few thousand rows per transaction.
 */
@Component
public class IdentifierExpiry {

    static final String LEASE = "identifier-expiry";

    private static final Logger log = LoggerFactory.getLogger(IdentifierExpiry.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ActiveRuleset active;
    private final JobLeases leases;

    IdentifierExpiry(JdbcTemplate jdbc, ActiveRuleset active, JobLeases leases) {
        this.jdbc = jdbc;
        this.active = active;
        this.leases = leases;
        leases.declare(LEASE);
    }

    /** Removes the rows that can no longer link at {@code now}; answers how many. */
    public int removeExpired(OffsetDateTime now) {
        Optional<LinkPolicy> linking = active.engine().policy().linking();
        if (linking.isEmpty()) {
            // A ruleset that does not link says nothing of how far back one that does will reach.
            return 0;
        }
        OffsetDateTime cutoff = now.minusDays(linking.get().windowDays());
        int removed = 0;
        int batch;
        do {
            // A decision's rows share its assessment time, so whole decisions go at once.
            batch = jdbc.update("""
                    DELETE FROM decision_identifier WHERE decision_id IN (
                        SELECT decision_id FROM decision_identifier WHERE assessed_at < ?
                        FETCH FIRST %d ROWS ONLY)
                    """.formatted(BATCH), cutoff);
            removed += batch;
        } while (batch >= BATCH);
        return removed;
    }

    @Scheduled(
            initialDelayString = "${mset.audit.retention-check-every:1h}",
            fixedDelayString = "${mset.audit.retention-check-every:1h}")
    void removeIfLeaseHeld() {
        leases.cleanUpIfHeld(
                LEASE,
                () -> removeExpired(OffsetDateTime.now(ZoneOffset.UTC)),
                log,
                "Link window: removed {} identifier rows too old to link",
                "Removing identifier rows too old to link failed");
    }
}
