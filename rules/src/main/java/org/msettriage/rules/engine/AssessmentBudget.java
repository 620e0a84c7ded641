package org.msettriage.rules.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * <p>The budget counts the processor time the work's thread takes, not the time on the clock: on a machine
 * busy with other work a decision waits for a core, and a decision stopped for that was reported to the
 * policy leads as their rule's fault (seen once in an operator's trial, a freshly started service under a
 * load of 16 on 2 cores). A thread that takes no processor time and yet does not finish (blocked, or
 * starved for minutes) is stopped all the same once {@link #WAIT_FACTOR} budgets have passed on the clock.
 * Where this Java cannot tell a thread's processor time, the clock alone counts, as it did before.
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

    /** How many budgets on the clock a decision that takes little processor time may still run. */
    static final int WAIT_FACTOR = 4;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean PROCESSOR_TIME =
            THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

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
        boolean interruptedBefore = worker.isInterrupted();
        Alarm alarm = null;
        try {
            // Set inside the try, so a stop after a stall of the whole budget still lands where it is caught.
            alarm = new Alarm(worker, budget.toNanos(), () -> stop(worker, state, beforeStop));
            alarm.set(budget.toNanos());
            return attempt(work, state, alarm);
        } catch (ThreadDeath stopped) {
            // The watchdog's stop, arrived while the outcome was being read: the work did not finish in time.
            if (!stoppedByWatchdog(state)) {
                throw stopped;
            }
            throw alarm.exceeded();
        } finally {
            if (alarm != null) {
                alarm.cancel();
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

    private static <T> T attempt(Supplier<T> work, AtomicInteger state, Alarm alarm) {
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
        throw alarm.exceeded();
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

    /**
     * The watchdog's alarm for one piece of work. It rings when the budget has passed on the clock; if the
     * work's thread has taken less processor time than that by then, it is set again for the rest, since the
     * thread cannot take the rest sooner. Past {@link #WAIT_FACTOR} budgets on the clock it stops the work
     * whatever the thread took.
     */
    private static final class Alarm {
        private final Thread worker;
        private final long budgetNanos;
        private final Runnable stop;
        private final long startedAt = System.nanoTime();
        private final long processorAtStart;
        private volatile ScheduledFuture<?> next;
        private volatile boolean cancelled;
        /** Whether the stop came at the clock's limit, with less than the budget's processor time taken. */
        private volatile boolean waitedTooLong;

        Alarm(Thread worker, long budgetNanos, Runnable stop) {
            this.worker = worker;
            this.budgetNanos = budgetNanos;
            this.stop = stop;
            // One read of the thread's processor time per decision: about 2 us on the 2-core benchmark
            // machine, against a few hundred for the decision and a few thousand for a triage call.
            this.processorAtStart = PROCESSOR_TIME ? THREADS.getCurrentThreadCpuTime() : -1;
        }

        void set(long delayNanos) {
            next = WATCHDOG.schedule(this::ring, delayNanos, TimeUnit.NANOSECONDS);
            if (cancelled) {
                next.cancel(false);
            }
        }

        private void ring() {
            if (cancelled) {
                return;
            }
            long taken = processorTaken();
            if (taken < 0 || taken >= budgetNanos) {
                stop.run();
                return;
            }
            long clockLeft = WAIT_FACTOR * budgetNanos - (System.nanoTime() - startedAt);
            if (clockLeft <= 0) {
                waitedTooLong = true;
                stop.run();
                return;
            }
            // At least a millisecond, so a thread on the edge of its budget is not asked about in a busy loop.
            set(Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(budgetNanos - taken, clockLeft)));
        }

        /** The processor time the work's thread has taken since it began, or -1 when it cannot be told. */
        private long processorTaken() {
            if (processorAtStart < 0) {
                return -1;
            }
            long now = THREADS.getThreadCpuTime(worker.getId());
            return now < 0 ? -1 : now - processorAtStart;
        }

        void cancel() {
            cancelled = true;
            ScheduledFuture<?> current = next;
            if (current != null) {
                current.cancel(false);
            }
        }

        Exceeded exceeded() {
            String budget = BudgetWords.of(Duration.ofNanos(budgetNanos));
            if (waitedTooLong) {
                return new Exceeded(
                        "it had not finished after " + BudgetWords.of(Duration.ofNanos(WAIT_FACTOR * budgetNanos))
                                + ", though it took less than " + budget + " of processor time");
            }
            return new Exceeded("it took longer than " + budget);
        }
    }
}
