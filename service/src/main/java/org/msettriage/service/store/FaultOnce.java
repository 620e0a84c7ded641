package org.msettriage.service.store;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.msettriage.service.problem.SafeTrace;
import org.slf4j.Logger;
import org.springframework.dao.DataAccessException;

/**
 * The log of a background task that runs every second or so against the store: its failure is logged
 * once when it starts failing and once when it works again, not at every round of a database outage (an
 * operator found hundreds of lines of frames a minute from the tasks that follow the rules' switches).
 */
public final class FaultOnce {

    private final Logger log;
    private final String task;
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicReference<Class<?>> lastFailure = new AtomicReference<>();

    public FaultOnce(Logger log, String task) {
        this.log = log;
        this.task = task;
    }

    /**
     * A round failed: logged if the one before it worked, or failed otherwise (an outage, then a ruleset
     * that will not compile, must not pass as one).
     */
    public void failed(RuntimeException e) {
        Class<?> before = lastFailure.getAndSet(e.getClass());
        if (failing.compareAndSet(false, true) || before != e.getClass()) {
            if (e instanceof DataAccessException) {
                // The database's fault is the store's to report, once, with frames (StoreFaults): here its
                // kind in one line (an operator's trial counted five to eight traces per instance per outage).
                log.warn("{} failed; tried again until it works: {}", task, StoreFaultKinds.inWords(e));
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
