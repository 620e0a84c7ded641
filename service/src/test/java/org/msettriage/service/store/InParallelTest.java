package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InParallelTest {

    private final InParallel inParallel = new InParallel();

    @AfterEach
    void stop() {
        inParallel.destroy();
    }

    @Test
    void everyItemIsMappedOnceAndTheOrderIsKept() {
        List<Integer> items = IntStream.range(0, 1001).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        List<Integer> doubled = inParallel.map(items, i -> {
            threads.add(Thread.currentThread().getName());
            // Items that take a moment, as referrals do: trivial ones are all done before a worker wakes.
            LockSupport.parkNanos(200_000);
            return i * 2;
        });

        assertThat(doubled).isEqualTo(items.stream().map(i -> i * 2).toList());
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(threads).as("the caller's thread and the workers").hasSizeGreaterThan(1);
        }
    }

    @Test
    void aFailureInAnyPartIsThrown() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();

        assertThatThrownBy(() -> inParallel.map(items, i -> {
                    if (i == 99) {
                        throw new IllegalStateException("the last one");
                    }
                    return i;
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the last one");
    }

    @Test
    void whenSeveralItemsFailTheFirstFailingItemsFailureIsThrown() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();

        assertThatThrownBy(() -> inParallel.map(items, i -> {
                    if (i == 10 || i == 90) {
                        throw new IllegalStateException("item " + i);
                    }
                    return i;
                }))
                .hasMessage("item 10");
    }

    @Test
    void afterAFailureNoItemNotYetBegunIsTried() {
        // Each item of a batch sent while the database is down waits for a connection before failing.
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        AtomicInteger tried = new AtomicInteger();

        assertThatThrownBy(() -> inParallel.map(items, i -> {
                    tried.incrementAndGet();
                    LockSupport.parkNanos(1_000_000);
                    throw new IllegalStateException("item " + i);
                }))
                .hasMessage("item 0");
        assertThat(tried.get())
                .as("at most one item of each thread's block, not each item of it")
                .isLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aCallIsNotHeldUpByWorkersBusyWithAnotherCall() throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        CountDownLatch entered = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> slowItems =
                IntStream.range(0, InParallel.CLAIM * threads).boxed().toList();
        CompletableFuture<List<Integer>> slow = CompletableFuture.supplyAsync(() -> inParallel.map(slowItems, i -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i;
        }));
        try {
            // Every worker, and the slow call's own thread, is inside one of its items.
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            List<Integer> items = IntStream.range(0, 100).boxed().toList();
            List<Integer> quick =
                    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> inParallel.map(items, i -> i + 1));

            assertThat(quick).isEqualTo(items.stream().map(i -> i + 1).toList());
        } finally {
            release.countDown();
        }
        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo(slowItems);
    }
}
