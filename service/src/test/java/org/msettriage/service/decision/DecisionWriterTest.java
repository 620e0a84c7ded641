package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.msettriage.service.audit.FiredRules;
import org.msettriage.service.metrics.MsetMetrics;
import org.msettriage.service.store.InParallel;
import org.msettriage.service.store.StoreFaults;
import org.msettriage.service.store.StoreUnavailableException;

/**
 * Group commit, with the database replaced by a store the test holds: concurrent calls share a batch,
 * each returns only after its batch is written, and a failed batch fails every call in it and no other.
 */
class DecisionWriterTest {

    private final HeldStore store = new HeldStore();
    private final StoreFaults faults = new StoreFaults(null);
    private final DecisionWriter writer =
            new DecisionWriter(store, faults, new MsetMetrics(new SimpleMeterRegistry()), new InParallel());
    private final ExecutorService callers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        store.release.countDown();
        writer.stop();
        callers.shutdownNow();
    }

    @Test
    void callsWaitingTogetherShareOneCommitAndReturnOnlyOnceItIsWritten() throws Exception {
        writer.start();
        Future<?> first = callers.submit(() -> writer.write(decision()));
        assertThat(store.firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(callers.submit(() -> writer.write(decision())));
        }
        awaitQueued(5);
        assertThat(first.isDone())
                .as("the first call returns before its batch is written")
                .isFalse();

        store.release.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<?> call : waiting) {
            call.get(5, TimeUnit.SECONDS);
        }

        assertThat(store.batchSizes).containsExactly(1, 5);
        assertThat(faults.failing()).isFalse();
    }

    @Test
    void aFailedBatchFailsEveryCallInItAndTheStoreRecoversByItself() throws Exception {
        writer.start();
        Future<?> first = callers.submit(() -> writer.write(decision()));
        assertThat(store.firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();
        store.failBatch.set(2);
        List<Future<?>> failing = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            failing.add(callers.submit(() -> writer.write(decision())));
        }
        awaitQueued(4);
        store.release.countDown();

        first.get(5, TimeUnit.SECONDS);
        for (Future<?> call : failing) {
            assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(StoreUnavailableException.class);
        }
        assertThat(store.written).hasSize(1);
        assertThat(faults.failing()).isTrue();

        writer.write(decision());
        assertThat(store.written).hasSize(2);
        assertThat(faults.failing()).isFalse();
    }

    @Test
    void aBatchCallsDecisionsShareCommitsAndEachFailsOnlyWithItsOwnCommit() throws Exception {
        writer.start();
        Future<?> first = callers.submit(() -> writer.write(decision()));
        assertThat(store.firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();
        // 300 queued behind the held commit: written as 256 and 44, the second of which fails.
        store.failBatch.set(3);
        List<NewDecision> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(decision());
        }
        Future<List<DecisionWriter.Written>> all = callers.submit(() -> writer.writeAll(many));
        awaitQueued(300);
        store.release.countDown();

        first.get(5, TimeUnit.SECONDS);
        List<DecisionWriter.Written> written = all.get(10, TimeUnit.SECONDS);
        assertThat(store.batchSizes).containsExactly(1, DecisionWriter.MAX_BATCH, 300 - DecisionWriter.MAX_BATCH);
        assertThat(written.subList(0, DecisionWriter.MAX_BATCH)).allMatch(w -> w.failure() == null);
        assertThat(written.subList(DecisionWriter.MAX_BATCH, 300)).allMatch(w -> w.failure() != null);
        assertThat(store.written).hasSize(1 + DecisionWriter.MAX_BATCH);
    }

    @Test
    void anErrorWhileWritingFailsItsBatchAndTheWriterGoesOn() throws Exception {
        store.release.countDown();
        store.errorBatch.set(1);
        writer.start();

        assertThatThrownBy(() -> writer.write(decision())).isInstanceOf(StoreUnavailableException.class);
        assertThat(faults.failing())
                .as("the Java machine's fault, not the database's")
                .isFalse();

        writer.write(decision());
        assertThat(store.written).hasSize(1);
    }

    @Test
    void aStoppedWriterRefusesRatherThanQueueing() {
        writer.start();
        writer.stop();
        assertThatThrownBy(() -> writer.write(decision())).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void aBatchCallIsToldWhichOfItsDecisionsAnEarlierCallsKeyAlreadyNames() {
        store.release.countDown();
        writer.start();
        List<NewDecision> many = List.of(decision(), decision(), decision());
        IdempotencyKeys.Earlier earlier = new IdempotencyKeys.Earlier(UUID.randomUUID(), true);
        store.replayed.put(many.get(1).decisionId(), earlier);

        List<DecisionWriter.Written> written = writer.writeAll(many);

        assertThat(written).extracting(DecisionWriter.Written::failure).containsOnlyNulls();
        assertThat(written).extracting(DecisionWriter.Written::earlier).containsExactly(null, earlier, null);
    }

    /** Until the calls wait in the writer's queue, behind the held first one (polled, never guessed). */
    private void awaitQueued(int calls) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (writer.waiting() < calls && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(writer.waiting()).as("calls queued").isEqualTo(calls);
    }

    private static NewDecision decision() {
        return TestDecisions.askedBy("test");
    }

    /** Holds the first write until released; fails the next batch when asked. */
    private static final class HeldStore implements BatchStore {
        final CountDownLatch firstWriteStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        /** Which batch (counting from 1) fails; 0 for none. */
        final AtomicInteger failBatch = new AtomicInteger();
        /** Which batch (counting from 1) throws an Error; 0 for none. */
        final AtomicInteger errorBatch = new AtomicInteger();

        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        final List<NewDecision> written = Collections.synchronizedList(new ArrayList<>());
        /** The decisions the store answers as named by an earlier call's Idempotency-Key (not written). */
        final Map<UUID, IdempotencyKeys.Earlier> replayed = new ConcurrentHashMap<>();

        @Override
        public DecisionBatch.Prepared prepare(NewDecision decision) {
            return new DecisionBatch.Prepared(decision, null, null, FiredRules.pack("{}"), Map.of());
        }

        @Override
        public Map<UUID, IdempotencyKeys.Earlier> write(List<DecisionBatch.Prepared> batch) {
            firstWriteStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batchSizes.add(batch.size());
            if (batchSizes.size() == failBatch.get()) {
                throw new IllegalStateException("the commit failed");
            }
            if (batchSizes.size() == errorBatch.get()) {
                throw new OutOfMemoryError("a test's: the heap ran out while writing");
            }
            batch.stream()
                    .filter(p -> !replayed.containsKey(p.decision().decisionId()))
                    .forEach(p -> written.add(p.decision()));
            return Map.copyOf(replayed);
        }
    }
}
