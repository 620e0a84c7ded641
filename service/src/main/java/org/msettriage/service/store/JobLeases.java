package org.msettriage.service.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.msettriage.service.problem.SafeTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Leases on work that must run once, not once per instance, when several instances share the database:
 * a row in {@code job_lease} per kind of work, naming its holder and until when. A lease is taken or
 * renewed by one conditional UPDATE (only when this instance holds it or it has run out), so two
 * instances never both succeed; it is renewed every {@code mset.leases.renew-every}, and when its holder
 * dies another instance takes it once it runs out. Expiry is judged by the database's clock, which
 * every instance shares. This instance believes it holds a lease for one renewal less than the lease
 * lasts, so it stops before another can start; work under a lease must still be safe to run twice
 * (the sealer's appends are: a position already written cannot be written again).
 */
@Component
public class JobLeases implements DisposableBean, MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(JobLeases.class);

    private final JdbcClient jdbc;
    private final StoreFaults faults;
    private final Duration duration;
    private final long believedNanos;
    private final long retryNanos;
    private final String holder;
    /** For each lease this instance holds: until when (System.nanoTime) it may act on it. */
    private final Map<String, Long> heldUntil = new ConcurrentHashMap<>();
    /** For each lease it does not hold: when it last tried to take it. */
    private final Map<String, Long> triedAt = new ConcurrentHashMap<>();
    /** Where each lease's gauge goes; none outside the running service. */
    private volatile MeterRegistry registry;

    /** Set once the leases are handed over at shutdown: none is taken again. */
    private volatile boolean stopping;

    /** Every lease declared or asked for, so each has its gauge however early it was named. */
    private final Set<String> named = ConcurrentHashMap.newKeySet();

    JobLeases(JdbcClient jdbc, LeaseSettings settings, StoreFaults faults) {
        this.jdbc = jdbc;
        this.faults = faults;
        this.duration = settings.duration();
        this.retryNanos = settings.renewEvery().toNanos();
        this.believedNanos = settings.duration().minus(settings.renewEvery()).toNanos();
        if (believedNanos <= 0) {
            throw new IllegalStateException("mset.leases.renew-every must be shorter than mset.leases.duration");
        }
        this.holder = host() + "/" + ProcessHandle.current().pid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        named.forEach(name -> measure(name, registry));
    }

    /**
     * A lease a job of this instance will ask for. Its gauge is shown from the start, at 0 until the lease
     * is held here: a job that first asks an hour after the start (the retention period's) would otherwise
     * have no gauge for that hour, which reads as a job that does not exist.
     */
    public void declare(String name) {
        if (named.add(name)) {
            MeterRegistry to = registry;
            if (to != null) {
                measure(name, to);
            }
        }
    }

    /**
     * mset.lease.held{lease}: 1 on the instance that holds the lease now (the one sealing, for
     * "decision-sealer"), 0 on the others; an operator asked which instance seals without reading the
     * lease table. Registering twice gives the same gauge, so a race with {@link #bindTo} is harmless.
     */
    private void measure(String name, MeterRegistry to) {
        Gauge.builder("mset.lease.held", this, leases -> leases.heldHere(name) ? 1 : 0)
                .description("Whether this instance holds the lease now (1) or not (0)")
                .tag("lease", name)
                .register(to);
    }

    /** Whether this instance holds the lease now, without trying to take it. */
    boolean heldHere(String name) {
        Long until = heldUntil.get(name);
        return until != null && System.nanoTime() - until < 0;
    }

    /** This instance's name in the lease table and on the jobs it runs. */
    public String holder() {
        return holder;
    }

    /** How long a lease or a heartbeat lasts: past it, its holder is taken to be gone. */
    public Duration duration() {
        return duration;
    }

    /** The database's clock, which every instance sharing it agrees on. */
    public OffsetDateTime databaseNow() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single();
    }

    /**
     * One round of a clean-up that only the holder of its lease runs: nothing where another instance
     * holds it; how much it removed logged when it removed anything ({@code removed} has one {@code {}}),
     * and a failure logged once with its safe trace, as the next round tries again.
     */
    public void cleanUpIfHeld(String lease, IntSupplier cleanUp, Logger log, String removed, String failed) {
        if (!holds(lease)) {
            return;
        }
        try {
            int count = cleanUp.getAsInt();
            if (count > 0) {
                log.info(removed, count);
            }
        } catch (RuntimeException e) {
            log.error("{}; it is tried again: {}", failed, SafeTrace.describe(e));
        }
    }

    /**
     * Whether this instance holds the lease now, trying to take it when it is not held here (at most once
     * per renewal period, so instances waiting for a lease cost one cheap UPDATE a period).
     */
    public boolean holds(String name) {
        declare(name);
        if (stopping) {
            return false;
        }
        long now = System.nanoTime();
        Long until = heldUntil.get(name);
        if (until != null && now - until < 0) {
            return true;
        }
        Long tried = triedAt.get(name);
        if (until == null && tried != null && now - tried < retryNanos) {
            return false;
        }
        return take(name);
    }

    /** Renews every lease held here, well before it runs out. */
    @Scheduled(fixedDelayString = "${mset.leases.renew-every:1s}")
    void renew() {
        heldUntil.keySet().forEach(this::renew);
    }

    /** Renews one lease if it is still held here (it may have been released since the round began). */
    boolean renew(String name) {
        return take(name, true);
    }

    /**
     * Lets go of a lease held here, for another instance to take at once: this instance's job must not run
     * now (its retention period is no longer the database's, say). Not taken again until {@link #holds} asks.
     */
    public synchronized void release(String name) {
        if (heldUntil.remove(name) == null) {
            return;
        }
        try {
            jdbc.sql("UPDATE job_lease SET expires_at = :now WHERE name = :name AND holder = :holder")
                    .param("now", databaseNow())
                    .param("name", name)
                    .param("holder", holder)
                    .update();
            log.info("Lease {} released by this instance ({}) for another to take", name, holder);
        } catch (DataAccessException e) {
            log.info(
                    "Lease {} let go by this instance ({}); it runs out within {} s",
                    name,
                    holder,
                    duration.toSeconds());
        }
    }

    private boolean take(String name) {
        return take(name, false);
    }

    private synchronized boolean take(String name, boolean renewal) {
        if (stopping) {
            // A renewal that waited for the hand-over must not take the lease back.
            return false;
        }
        if (renewal && !heldUntil.containsKey(name)) {
            // Released while the renewal waited: not taken back.
            return false;
        }
        long started = System.nanoTime();
        triedAt.put(name, started);
        try {
            OffsetDateTime now = databaseNow();
            OffsetDateTime until = now.plus(duration);
            int taken = jdbc.sql("""
                    UPDATE job_lease SET holder = :holder, expires_at = :until
                    WHERE name = :name AND (holder = :holder OR expires_at < :now)
                    """)
                    .param("holder", holder)
                    .param("until", until)
                    .param("name", name)
                    .param("now", now)
                    .update();
            if (taken == 0 && !exists(name)) {
                taken = insert(name, until);
            }
            return noteOutcome(name, taken == 1, started);
        } catch (TransientDataAccessException e) {
            // A lock or statement timeout: the database works, and the next round tries again.
            return noteOutcome(name, false, started);
        } catch (DataAccessException e) {
            // Unreachable or unwritable database: act as if the lease were lost, so nothing runs on a stale
            // belief. The store's fault episode says so once and turns health DOWN (a database opened read
            // only answered UP until a triage call failed), rather than a stack trace every second.
            faults.failed(e);
            return noteOutcome(name, false, started);
        }
    }

    private boolean noteOutcome(String name, boolean held, long started) {
        Long before = held ? heldUntil.put(name, started + believedNanos) : heldUntil.remove(name);
        if (held && before == null) {
            log.info("Lease {} taken by this instance ({})", name, holder);
        } else if (!held && before != null) {
            log.warn(
                    "Lease {} no longer held by this instance ({}); the instance that takes it next runs it",
                    name,
                    holder);
        }
        return held;
    }

    private boolean exists(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM job_lease WHERE name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private int insert(String name, OffsetDateTime until) {
        try {
            return jdbc.sql("INSERT INTO job_lease (name, holder, expires_at) VALUES (:name, :holder, :until)")
                    .param("name", name)
                    .param("holder", holder)
                    .param("until", until)
                    .update();
        } catch (DataIntegrityViolationException anotherInstanceFirst) {
            return 0;
        }
    }

    /**
     * Hands every lease held here over at once, rather than making the others wait for it to run out, and
     * takes none again: the service is stopping. Answers what it did in words for the shutdown log (lease
     * names and failure types only).
     */
    public synchronized String handOver() {
        stopping = true;
        List<String> held = heldUntil.keySet().stream().sorted().toList();
        heldUntil.clear();
        if (held.isEmpty()) {
            return "this instance held no job lease";
        }
        String names = "the job lease" + (held.size() == 1 ? " " : "s ") + String.join(", ", held);
        try {
            OffsetDateTime now = databaseNow();
            for (String name : held) {
                jdbc.sql("UPDATE job_lease SET expires_at = :now WHERE name = :name AND holder = :holder")
                        .param("now", now)
                        .param("name", name)
                        .param("holder", holder)
                        .update();
            }
            return "this instance held " + names + " and released " + (held.size() == 1 ? "it" : "them")
                    + ": another instance sharing the database takes over at once";
        } catch (DataAccessException e) {
            return "this instance held " + names + " and could not release " + (held.size() == 1 ? "it" : "them")
                    + " (" + SafeTrace.typesOf(e) + "): another instance takes over once "
                    + (held.size() == 1 ? "it runs" : "they run") + " out, within " + duration.toSeconds() + " s";
        }
    }

    /** The leases are released already when the service stopped in order; this covers a start that failed. */
    @Override
    public void destroy() {
        if (!heldUntil.isEmpty()) {
            log.info("At shutdown {}", handOver());
        }
        stopping = true;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
