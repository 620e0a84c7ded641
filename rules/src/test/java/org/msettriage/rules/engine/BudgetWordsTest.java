package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A budget reads as it was set, in seconds from one up and milliseconds below, never rounded. */
class BudgetWordsTest {

    @Test
    void wholeSecondsAreSecondsAndPartsOfASecondStayExact() {
        assertThat(BudgetWords.of(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(BudgetWords.of(Duration.ofSeconds(60))).isEqualTo("60 s");
        assertThat(BudgetWords.of(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(BudgetWords.of(Duration.ofMillis(1250))).isEqualTo("1.25 s");
    }

    @Test
    void lessThanASecondIsMillisecondsNotNoSecondsAtAll() {
        assertThat(BudgetWords.of(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(BudgetWords.of(Duration.ofMillis(500))).isEqualTo("500 ms");
    }
}
