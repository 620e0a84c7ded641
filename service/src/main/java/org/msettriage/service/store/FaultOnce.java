package org.msettriage.service.store;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.msettriage.service.problem.SafeTrace;
import org.slf4j.Logger;

/**
 * The log of a background task that runs every second or so against the store: its failure is logged
 * once when it starts failing and once when it works again, not at every round of a database outage (an
 * operator found hundreds of lines of frames a minute from the tasks that follow the rules' switches).
 * A database that cannot be reached is said at INFO, as the store's own fault line reports the outage.
 */
public final class FaultOnce {

    private final Logger log;
    private final String task;
    private final boolean serious;
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicReference<Class<?>> lastFailure = new AtomicReference<>();

    public FaultOnce(Logger log, String task) {
        this(log, task, false);
    }

    /** A task whose failure is an ERROR (sealing stopped), not a WARN; still once per fault. */
    public static FaultOnce serious(Logger log, String task) {
        return new FaultOnce(log, task, true);
    }

    private FaultOnce(Logger log, String task, boolean serious) {
        this.log = log;
        this.task = task;
        this.serious = serious;
    }

    /**
     * A round failed: logged if the one before it worked, or failed otherwise (an outage, then a ruleset
     * that will not compile, must not pass as one).
     */
    public void failed(RuntimeException e) {
        Class<?> before = lastFailure.getAndSet(e.getClass());
        if (failing.compareAndSet(false, true) || before != e.getClass()) {
            if (StoreFaultKinds.unreachable(e)) {
                // A database that cannot be reached is the store's to report: once per outage, at WARN,
                // with its frames (StoreFaults). Here only that this task waits for it, in words, so an
                // outage is one WARN line per instance, not one per task (an operator's trial counted five
                // to eight traces per instance per outage, then one WARN per task).
                log.info("{} waits for the database: {}", task, StoreFaultKinds.inWords(e));
            } else if (serious) {
                // Any other failure, a statement's say, keeps its frames: nothing else reports it.
                log.error("{} failed; tried again until it works: {}", task, SafeTrace.describe(e));
            } else {
                log.warn("{} failed; tried again until it works: {}", task, SafeTrace.describe(e));
            }
        }
    }

    /** A round worked: logged only if the one before it failed. */
    public void worked() {
        if (failing.compareAndSet(true, false)) {
            lastFailure.set(null);
            log.info("{} works again", task);
        }
    }
}
