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
    void workThatWaitsForLongerThanItsBudgetWithoutTheProcessorIsNotStopped() {
        // As a decision does on a machine too busy to give it a core: the clock passes the budget, the
        // decision's own processor time does not (an operator's trial saw such a decision stopped).
        assertThat(AssessmentBudget.within(SHORT, () -> {
                    pause(SHORT.multipliedBy(2));
                    return "decided";
                }))
                .isEqualTo("decided");
    }

    @Test
    void workThatNeitherTakesTheProcessorNorFinishesIsStoppedAfterSomeBudgetsOnTheClock() {
        long began = System.nanoTime();
        assertThatThrownBy(() -> AssessmentBudget.within(SHORT, () -> {
                    pause(Duration.ofMinutes(1));
                    return "never";
                }))
                .isInstanceOf(AssessmentBudget.Exceeded.class)
                .hasMessage("it had not finished after 1.2 s, though it took less than 300 ms of processor time");
        assertThat(Duration.ofNanos(System.nanoTime() - began))
                .isGreaterThanOrEqualTo(SHORT.multipliedBy(AssessmentBudget.WAIT_FACTOR))
                .isLessThan(Duration.ofSeconds(30));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    private static void pause(Duration howLong) {
        try {
            Thread.sleep(howLong.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
