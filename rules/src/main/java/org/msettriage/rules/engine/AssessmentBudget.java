package org.msettriage.rules.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time and memory a ruleset may take to decide one referral, the time given by the caller ({@link
 * RuleBudgets}). A candidate is a policy lead's code, run inside the service before anyone has approved it;
 * red teams found rules that the allowlist cannot refuse by name and that never finish (a rule that updates
 * its own fact and fires again, a regex that backtracks without end, numbers squared thirty times, a text
 * doubled to a gigabyte). Each such decision held a core, and the heap, until the service restarted.
 *
 * <p>The work runs on the caller's thread; a watchdog stops that thread when the budget is spent. Java 17
 * can still stop a thread ({@link Thread#stop()}, deprecated because the stopped code may leave shared
 * state half-changed). The caller marks what the work shares as unusable before the stop lands (the
 * {@code beforeStop} of {@link #within(Duration, Supplier, Runnable)}): {@link TriageEngine#assessWithin}
 * marks the engine's KIE base, after which every engine on it refuses to decide, including a decision that
 * was under way, and the ruleset is compiled again into a new base. A heap the work could not get is refused
 * the same way. What the stop could still leave half-changed is state outside the engine that the rules'
 * code reaches: the JDK's and Drools' own static caches. This module keeps none a decision changes (an
 * engine's parsed explanation templates are filled when it is made and only read after).
 */
public final class AssessmentBudget {

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    /** The watchdog chose to stop the work and is marking what it shares; the stop is on its way. */
    private static final int STOPPING = 2;
    /** The watchdog has sent the stop. */
    private static final int STOPPED = 3;

    private static final Logger log = LoggerFactory.getLogger(AssessmentBudget.class);

    /** Whether this Java can stop a thread: Java 20 and later throw instead ({@link Thread#stop()}). */
    public static final boolean CAN_STOP = Runtime.version().feature() < 20;

    static {
        if (!CAN_STOP) {
            log.warn(
                    "Java {} cannot stop a thread: a rule that never finishes will hold its thread for as long as"
                            + " the service runs. Run the service on Java 17 to 19.",
                    Runtime.version().feature());
        }
    }

    private static final ScheduledExecutorService WATCHDOG = watchdog();

    /**
     * One thread for every alarm. An alarm cancelled (the decision finished in time, as nearly all do) leaves
     * the queue at once: an impact replay sets thousands a second, which would otherwise wait out their
     * budget there.
     */
    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "assessment-budget");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.setRemoveOnCancelPolicy(true);
        return watchdog;
    }

    /** What a candidate did instead of deciding within its budget. */
    public static final class Exceeded extends RuntimeException {
        private final boolean earlier;

        Exceeded(String what) {
            this(what, false);
        }

        private Exceeded(String what, boolean earlier) {
            super(what);
            this.earlier = earlier;
        }

        /**
         * A decision refused because another decision on the same compiled rules (of this ruleset, or of one
         * differing only in a table) went over its budget, before or while this one ran.
         */
        static Exceeded earlier() {
            return new Exceeded(
                    "another decision on the same compiled rules went over its budget; they are compiled again", true);
        }

        /** Whether another decision went over the budget, rather than this one. */
        public boolean byEarlierDecision() {
            return earlier;
        }
    }

    private AssessmentBudget() {}

    /** The work's result, or {@link Exceeded} when it takes longer than the budget or more heap than there is. */
    public static <T> T within(Duration budget, Supplier<T> work) {
        return within(budget, work, () -> {});
    }

    /**
     * As {@link #within(Duration, Supplier)}, running {@code beforeStop} on the watchdog's thread just before
     * it stops the work: what the work shares with others can be marked unusable before it is half-changed.
     */
    public static <T> T within(Duration budget, Supplier<T> work, Runnable beforeStop) {
        Thread worker = Thread.currentThread();
        AtomicInteger state = new AtomicInteger(RUNNING);
        String tooLong = "it took longer than " + BudgetWords.of(budget);
        boolean interruptedBefore = worker.isInterrupted();
        ScheduledFuture<?> alarm = null;
        try {
            // Set inside the try, so a stop after a stall of the whole budget still lands where it is caught.
            alarm = WATCHDOG.schedule(() -> stop(worker, state, beforeStop), budget.toNanos(), TimeUnit.NANOSECONDS);
            return attempt(work, state, tooLong);
        } catch (ThreadDeath stopped) {
            // The watchdog's stop, arrived while the outcome was being read: the work did not finish in time.
            if (!stoppedByWatchdog(state)) {
                throw stopped;
            }
            throw new Exceeded(tooLong);
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
            if (stoppedByWatchdog(state) && !interruptedBefore) {
                // Stopping a thread also marks it interrupted; the caller (an impact replay, say) would take
                // that for a shutdown (found by a checking helper).
                Thread.interrupted();
            }
        }
    }

    private static boolean stoppedByWatchdog(AtomicInteger state) {
        int now = state.get();
        return now == STOPPING || now == STOPPED;
    }

    private static <T> T attempt(Supplier<T> work, AtomicInteger state, String tooLong) {
        Throwable failure = null;
        try {
            T result = work.get();
            if (state.compareAndSet(RUNNING, DONE)) {
                return result;
            }
        } catch (OutOfMemoryError heap) {
            if (state.compareAndSet(RUNNING, DONE)) {
                throw new Exceeded("it asked for more memory than the service has");
            }
            failure = heap;
        } catch (StackOverflowError deep) {
            // A rule that calls itself, or a regex that backtracks deep enough, fails the same way.
            if (state.compareAndSet(RUNNING, DONE)) {
                throw new Exceeded("it needed more stack than a thread has");
            }
            failure = deep;
        } catch (RuntimeException e) {
            if (state.compareAndSet(RUNNING, DONE)) {
                throw e;
            }
            failure = e;
        } catch (Throwable other) {
            // Any other error (Drools asserts, a class that failed to link) ends the work too: once DONE, no
            // alarm still on its way may stop this thread after the work is over.
            if (state.compareAndSet(RUNNING, DONE)) {
                if (other instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(other);
            }
            failure = other;
        }
        // Stopped: the stop was thrown inside the work (and wrapped by the engine), or is still on its way.
        if (failure == null || !stoppedWithin(failure)) {
            absorbStop(state);
        }
        throw new Exceeded(tooLong);
    }

    @SuppressWarnings("deprecation") // see the class comment: the one way to end a candidate that never returns
    private static void stop(Thread worker, AtomicInteger state, Runnable beforeStop) {
        if (state.compareAndSet(RUNNING, STOPPING)) {
            try {
                beforeStop.run();
                worker.stop();
            } catch (UnsupportedOperationException notOnThisJava) {
                // Java 20 and later: the work runs on; its rules are marked and compiled again all the same.
                log.error("A decision went over its budget and this Java cannot stop it: its thread stays busy");
            } finally {
                state.set(STOPPED);
            }
        }
    }

    private static boolean stoppedWithin(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ThreadDeath) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits for the watchdog's stop to land here, where it is expected, rather than in whatever the caller
     * does next: for as long as the watchdog is still sending it, then briefly for its arrival (within
     * microseconds), bounded because a stop the work caught and swallowed never arrives.
     */
    private static void absorbStop(AtomicInteger state) {
        try {
            while (state.get() != STOPPED) {
                Thread.onSpinWait();
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        } catch (ThreadDeath expected) {
            // The watchdog's stop: the work is over.
        }
    }
}
