package org.msettriage.service.store;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.msettriage.service.problem.SafeTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Whether the database is failing now: an episode opens at the first failure and closes at the next
 * success. The log says so once per episode, at its start and its end, rather than once per call (a
 * full disk would otherwise fill the log with the same stack trace). Opening an episode also retires the
 * pool's connections, so that the next call opens a fresh one: an embedded database that closed itself
 * after a fault is opened again that way, and a restarted server is reached again.
 */
@Component
public class StoreFaults implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreFaults.class);

    /** How long a fresh connection has to answer before the failure is taken for an outage. */
    private static final int FRESH_CHECK_SECONDS = 2;

    /** How long after an outage ends a connection it broke may still fail in a call begun during it. */
    private static final Duration AFTER_RECOVERY = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final AtomicReference<Instant> faultSince = new AtomicReference<>();
    private final AtomicReference<Instant> recoveredAt = new AtomicReference<>();
    private final AtomicLong failuresInEpisode = new AtomicLong();
    private final Set<String> kindsInEpisode = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile boolean toldStopping;

    public StoreFaults(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The pool is about to close (this bean needs the data source, so it is destroyed just before it), and
     * a call that fails after is no outage. An operator's trial saw each stop end with "The database failed:
     * no connection to the database could be opened", the pool's own closing. Not at the context's close
     * event, which comes before the graceful drain, when a real fault must still be reported (a review).
     */
    @Override
    public void destroy() {
        stopping = true;
    }

    public void failed(Throwable failure) {
        if (stopping) {
            if (!toldStopping) {
                toldStopping = true;
                log.info(
                        "A database call failed while the service stopped ({}); not reported as an outage",
                        StoreFaultKinds.inWords(failure));
            }
            return;
        }
        retireConnections();
        if (!failing()
                && justRecovered()
                && StoreFaultKinds.lostConnection(failure)
                && !StoreFaultKinds.poolTimedOut(failure)
                && answersNow()) {
            // A connection that broke in an outage just over (a batch begun during it, a pool's attempt that
            // timed out late), while a fresh one works: not a new outage. A trial on PostgreSQL saw such
            // failures open a second episode, with its ERROR and frames, seconds after the first had ended.
            // Only just after an outage: at any other time a lost connection is reported, though a fresh one
            // may work (a server that crashed and recovered at once is still worth an operator's look).
            log.info(
                    "A database connection had broken ({}); a fresh one works, so no outage is reported",
                    StoreFaultKinds.inWords(failure));
            return;
        }
        failuresInEpisode.incrementAndGet();
        String kind = StoreFaultKinds.inWords(failure);
        if (faultSince.compareAndSet(null, Instant.now())) {
            kindsInEpisode.clear();
            kindsInEpisode.add(kind);
            // The kind in words, then types and frames for support: never the database's message, which can
            // quote the statement and the values it was given.
            log.error(
                    "The database failed: {}. Calls are answered 503 until it works again. For support: {}",
                    kind,
                    SafeTrace.describe(failure));
        } else if (kindsInEpisode.add(kind)) {
            // Once per kind: an operator's trial restarted PostgreSQL with the service's password changed, and
            // the log said only "shutting down" while every call was refused for the password.
            log.warn("The database now also fails so: {}. Calls are still answered 503", kind);
        }
    }

    public void succeeded() {
        Instant since = faultSince.getAndSet(null);
        if (since != null) {
            recoveredAt.set(Instant.now());
            log.warn(
                    "The database works again after {} s and {} failed attempts",
                    Duration.between(since, Instant.now()).toSeconds(),
                    failuresInEpisode.getAndSet(0));
        }
    }

    public boolean failing() {
        return faultSince.get() != null;
    }

    private boolean justRecovered() {
        Instant recovered = recoveredAt.get();
        return recovered != null && recovered.plus(AFTER_RECOVERY).isAfter(Instant.now());
    }

    /** Whether a connection opened now answers: the pool's broken ones were retired just before. */
    private boolean answersNow() {
        if (dataSource == null) {
            return false;
        }
        try (Connection fresh = dataSource.getConnection()) {
            return fresh.isValid(FRESH_CHECK_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }

    private void retireConnections() {
        try {
            if (dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool =
                        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException e) {
            // Only a pool that cannot say what it wraps: its connections are retired as each one fails.
        }
    }
}
