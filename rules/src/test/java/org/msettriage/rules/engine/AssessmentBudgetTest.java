package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work over its budget is stopped and said to be; work within it is untouched, its failures included. */
class AssessmentBudgetTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void workThatNeverEndsIsStoppedAndTheThreadGoesOn() {
        assertThatThrownBy(() -> AssessmentBudget.within(SHORT, () -> {
                    long spins = 0;
                    while (spins >= 0) {
                        spins = spins + 1 == Long.MAX_VALUE ? 0 : spins + 1;
                    }
                    return spins;
                }))
                .isInstanceOf(AssessmentBudget.Exceeded.class)
                .hasMessage("it took longer than 300 ms");

        // The same thread decides the next one as if nothing had happened; not marked interrupted either,
        // which an impact replay took for a shutdown.
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(AssessmentBudget.within(SHORT, () -> "next")).isEqualTo("next");
    }

    @Test
    void aStopTheWorkWrapsIsStillTheBudgetsAndNotTheWorksFailure() {
        assertThatThrownBy(() -> AssessmentBudget.within(SHORT, () -> {
                    try {
                        while (true) {
                            Thread.onSpinWait();
                        }
                    } catch (ThreadDeath stopped) {
                        // As the rule engine does with what a consequence throws.
                        throw new IllegalStateException("consequence failed", stopped);
                    }
                }))
                .isInstanceOf(AssessmentBudget.Exceeded.class);
    }

    @Test
    void workWithinItsBudgetAnswersOrFailsAsItWould() {
        assertThat(AssessmentBudget.within(SHORT, () -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> AssessmentBudget.within(SHORT, () -> {
                    throw new IllegalArgumentException("a rule's own mistake");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rule's own mistake");
    }

    @Test
    void workThatAsksForMoreHeapThanThereIsIsRefusedAndTheHeapComesBack() {
        // A budget of seconds: the JVM collects the whole heap before it refuses, which on a busy machine
        // took longer than the short budget (the test then saw a time-out, not the memory refused).
        assertThatThrownBy(() -> AssessmentBudget.within(Duration.ofSeconds(10), () -> {
                    List<long[]> kept = new ArrayList<>();
                    kept.add(new long[Integer.MAX_VALUE - 8]);
                    return kept;
                }))
                .isInstanceOf(AssessmentBudget.Exceeded.class)
                .hasMessage("it asked for more memory than the service has");
    }
}
