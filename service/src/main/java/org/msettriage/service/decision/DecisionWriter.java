package org.msettriage.service.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.store.InParallel;
import org.msettriage.service.store.StoreFaults;
import org.msettriage.service.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Group commit. Triage calls hand their decisions to one writer, which takes whatever is waiting (up to
 * {@link #MAX_BATCH}) and commits it in one transaction, so concurrent calls share a commit instead of
 * queueing for one each. Each call returns only once its own decision is committed; when a batch fails,
 * every call in it is told the store is unavailable and none of the batch is stored.
 *
 * <p>Stops after the web server has finished its requests (a lower lifecycle phase stops later), having
 * written everything already handed to it.
 */
@Component
public class DecisionWriter implements SmartLifecycle {

    static final int MAX_BATCH = 256;
    /** Beyond this many waiting decisions a call is refused at once (503) rather than queued without bound. */
    static final int MAX_WAITING = 4096;
    /** How long a call waits for a writer that has not yet taken its decision before giving up (503). */
    static final long WAIT_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(DecisionWriter.class);

    private final BatchStore batches;
    private final StoreFaults faults;
    private final MsetMetrics metrics;
    private final InParallel inParallel;
    private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(MAX_WAITING);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;

    DecisionWriter(BatchStore batches, StoreFaults faults, MsetMetrics metrics, InParallel inParallel) {
        this.batches = batches;
        this.faults = faults;
        this.metrics = metrics;
        this.inParallel = inParallel;
    }

    /**
     * Stores the decision, returning once it is committed; throws {@link StoreUnavailableException} if not.
     * Answers the earlier decision instead when the decision's Idempotency-Key already names one (nothing
     * is then stored).
     */
    public Optional<IdempotencyKeys.Earlier> write(NewDecision decision) {
        Pending pending = new Pending(batches.prepare(decision));
        if (!running) {
            throw new StoreUnavailableException("The service is stopping");
        }
        if (!waiting.offer(pending)) {
            throw new StoreUnavailableException("Too many decisions are waiting to be stored");
        }
        pending.await();
        return Optional.ofNullable(pending.earlier);
    }

    /**
     * What became of one of many decisions: stored (both null), not stored because its Idempotency-Key
     * already names a decision ({@code earlier}), or not stored at all ({@code failure}).
     */
    public record Written(IdempotencyKeys.Earlier earlier, StoreUnavailableException failure) {}

    /**
     * Stores many decisions (a batch call's), queued together so that they share commits; returns once each
     * is committed or failed. Answers, in order, what became of each.
     */
    public List<Written> writeAll(List<NewDecision> decisions) {
        List<Pending> pendings = inParallel.map(decisions, decision -> new Pending(batches.prepare(decision)));
        for (Pending pending : pendings) {
            if (!running) {
                pending.fail(new StoreUnavailableException("The service is stopping"));
            } else if (!waiting.offer(pending)) {
                pending.fail(new StoreUnavailableException("Too many decisions are waiting to be stored"));
            }
        }
        List<Written> written = new ArrayList<>(pendings.size());
        for (Pending pending : pendings) {
            try {
                pending.await();
                written.add(new Written(pending.earlier, null));
            } catch (StoreUnavailableException e) {
                written.add(new Written(null, e));
            }
        }
        return written;
    }

    private void writeWhileRunning() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (running || !waiting.isEmpty()) {
                Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                batch.removeIf(pending -> !pending.take());
                if (!batch.isEmpty()) {
                    writeBatch(batch);
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.forEach(pending -> pending.fail(new StoreUnavailableException("The service is stopping")));
        } finally {
            stopped.countDown();
        }
    }

    private void writeBatch(List<Pending> batch) {
        long started = System.nanoTime();
        try {
            Map<UUID, IdempotencyKeys.Earlier> replayed =
                    batches.write(batch.stream().map(Pending::prepared).toList());
            metrics.committed(batch.size(), System.nanoTime() - started, true);
            faults.succeeded();
            batch.forEach(pending -> pending.stored(replayed.get(pending.id())));
        } catch (RuntimeException e) {
            metrics.committed(batch.size(), System.nanoTime() - started, false);
            faults.failed(e);
            fail(batch, e);
        } catch (Error e) {
            // Out of memory while writing a large batch, say: this batch fails, and the writer goes on, as
            // ending the one writer thread left every later call waiting 30 s for a 503 (a review). Not the
            // database's fault, so no outage is reported; the JVM's is said instead, every time.
            metrics.committed(batch.size(), System.nanoTime() - started, false);
            log.error(
                    "The decision writer met {} while writing a batch of {}: its calls were answered 503. The"
                            + " Java machine may be unsound; restart the instance (or run it with"
                            + " -XX:+ExitOnOutOfMemoryError)",
                    e.getClass().getName(),
                    batch.size());
            fail(batch, e);
        }
    }

    private static void fail(List<Pending> batch, Throwable cause) {
        StoreUnavailableException unavailable =
                new StoreUnavailableException("The batch of decisions could not be stored", cause);
        batch.forEach(pending -> pending.fail(unavailable));
    }

    /** How many decisions wait for the writer to take them. */
    int waiting() {
        return waiting.size();
    }

    @Override
    public void start() {
        running = true;
        new SimpleAsyncTaskExecutor("decision-writer-").execute(this::writeWhileRunning);
    }

    @Override
    public void stop() {
        running = false;
        try {
            if (!stopped.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("The decision writer did not finish within {} s of the stop", WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (whose graceful shutdown runs in a higher phase), before the data source. */
    @Override
    public int getPhase() {
        return 0;
    }

    /** One call's decision: taken by the writer or given up by the caller, never both. */
    private static final class Pending {
        private static final int WAITING = 0;
        private static final int TAKEN = 1;
        private static final int GIVEN_UP = 2;

        private final DecisionBatch.Prepared prepared;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile StoreUnavailableException failure;
        private volatile IdempotencyKeys.Earlier earlier;

        Pending(DecisionBatch.Prepared prepared) {
            this.prepared = prepared;
        }

        DecisionBatch.Prepared prepared() {
            return prepared;
        }

        boolean take() {
            return state.compareAndSet(WAITING, TAKEN);
        }

        UUID id() {
            return prepared.decision().decisionId();
        }

        /** Committed: stored, or (with the decision its key names) not stored because it is a retry. */
        void stored(IdempotencyKeys.Earlier keyedEarlier) {
            earlier = keyedEarlier;
            done.countDown();
        }

        void fail(StoreUnavailableException e) {
            failure = e;
            done.countDown();
        }

        /**
         * Waits for the outcome. A caller may give up only while its decision is still waiting; once taken,
         * the outcome comes within the transaction's timeout, and answering before it could contradict it.
         */
        void await() {
            try {
                if (!done.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    if (state.compareAndSet(WAITING, GIVEN_UP)) {
                        throw new StoreUnavailableException("The decision was not stored in time");
                    }
                    done.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (state.compareAndSet(WAITING, GIVEN_UP)) {
                    throw new StoreUnavailableException("Interrupted before the decision was stored");
                }
                throw new StoreUnavailableException("Interrupted; the decision may have been stored");
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
