package org.msettriage.service.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A replay's failure gives the budget as it was set, not rounded to seconds (half a second is not "0 s"). */
class BudgetInWordsTest {

    @Test
    void wholeSecondsAreSecondsAndTheRestMilliseconds() {
        assertThat(ImpactJobs.inWords(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(ImpactJobs.inWords(Duration.ofMillis(500))).isEqualTo("500 ms");
        assertThat(ImpactJobs.inWords(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    }
}
