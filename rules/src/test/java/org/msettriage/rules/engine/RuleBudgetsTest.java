package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A budget is a time: nothing, or less, would refuse every decision, and is refused itself. */
class RuleBudgetsTest {

    @Test
    void theDefaultGivesEachSideFiveSeconds() {
        assertThat(RuleBudgets.DEFAULT.live()).isEqualTo(Duration.ofSeconds(5));
        assertThat(RuleBudgets.DEFAULT.candidate()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aBudgetOfNothingOrLessIsRefusedNamingWhose() {
        assertThatThrownBy(() -> new RuleBudgets(Duration.ZERO, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the live budget must be longer than zero");
        assertThatThrownBy(() -> new RuleBudgets(Duration.ofSeconds(5), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the candidate budget must be longer than zero");
    }
}
