package org.msettriage.service.store;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.msettriage.service.problem.SafeTrace;
import org.slf4j.Logger;

/**
 * The log of a background task that runs every second or so against the store: its failure is logged
 * once when it starts failing and once when it works again, not at every round of a database outage (an
 * operator found hundreds of lines of frames a minute from the tasks that follow the rules' switches).
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
            // A database that cannot be reached is the store's to report, once, with frames (StoreFaults):
            // here its kind in one line (an operator's trial counted five to eight traces per instance per
            // outage). Any other failure, a statement's say, keeps its frames: nothing else reports it.
            String why = StoreFaultKinds.unreachable(e) ? StoreFaultKinds.inWords(e) : SafeTrace.describe(e);
            if (serious) {
                log.error("{} failed; tried again until it works: {}", task, why);
            } else {
                log.warn("{} failed; tried again until it works: {}", task, why);
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
