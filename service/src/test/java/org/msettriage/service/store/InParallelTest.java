package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
}
