package org.msettriage.service.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Spreads one call's independent work (a batch's referrals, an impact replay's slice) over the cores: the
 * caller's thread and one worker per other core take the next few items in turn until none are left, and
 * the caller waits for the others without spinning. Taking a few at a time keeps every core busy to the
 * end even when items differ in cost (a referral with many episodes against an empty one), where fixed
 * halves left one core idle while the other finished. A parallel stream did the same but its workers
 * searched for work while idle, a sixth of a busy machine's time under batch load.
 */
@Component
public class InParallel implements DisposableBean {

    /** Items taken at a time: enough that claiming costs nothing, few enough that the ends come together. */
    static final int CLAIM = 4;

    private final int parts = Runtime.getRuntime().availableProcessors();
    private final ExecutorService workers;

    public InParallel() {
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, parts - 1), work -> {
            Thread thread = new Thread(work, "in-parallel-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Each item mapped, in order. When any fails, no item after it not yet begun is tried, and the failure
     * of the first failing item is thrown, as the sequential loop would throw it: every item before one
     * that failed is still tried. A batch sent while the database
     * was down had tried every referral's lookup, each waiting its connection timeout, and answered its
     * 503 only after minutes (a trial on PostgreSQL).
     */
    public <T, R> List<R> map(List<T> items, Function<T, R> mapping) {
        if (parts < 2 || items.size() < 2 * parts) {
            return items.stream().map(mapping).toList();
        }
        Object[] mapped = new Object[items.size()];
        RuntimeException[] failures = new RuntimeException[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
        Runnable work = () -> {
            for (int from = next.getAndAdd(CLAIM); from < items.size(); from = next.getAndAdd(CLAIM)) {
                // Only an item after one that failed is passed over: one before it may fail first.
                for (int i = from; i < Math.min(items.size(), from + CLAIM) && i < firstFailed.get(); i++) {
                    try {
                        mapped[i] = mapping.apply(items.get(i));
                    } catch (RuntimeException e) {
                        failures[i] = e;
                        firstFailed.accumulateAndGet(i, Math::min);
                    }
                }
            }
        };
        List<Helper> helpers = new ArrayList<>();
        for (int worker = 1; worker < parts; worker++) {
            AtomicBoolean started = new AtomicBoolean();
            helpers.add(new Helper(
                    started,
                    CompletableFuture.runAsync(
                            () -> {
                                if (started.compareAndSet(false, true)) {
                                    work.run();
                                }
                            },
                            workers)));
        }
        work.run();
        // Every item is taken. A helper still queued behind another call's work would only find none left:
        // it is stopped from starting rather than waited for. One that started is waited for.
        for (Helper helper : helpers) {
            if (!helper.started().compareAndSet(false, true)) {
                helper.done().join();
            }
        }
        List<R> answers = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (failures[i] != null) {
                throw failures[i];
            }
            // Not reached for an item never begun: one before it failed, and was thrown above.
            @SuppressWarnings("unchecked")
            R answer = (R) mapped[i];
            answers.add(answer);
        }
        return answers;
    }

    /** A worker's turn at the items, and whether it began (or was stopped from beginning). */
    private record Helper(AtomicBoolean started, CompletableFuture<Void> done) {}

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
