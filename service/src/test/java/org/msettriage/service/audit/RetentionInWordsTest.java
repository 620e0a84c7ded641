package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The period as the start log, actuator info and refusals say it to an operator. */
class RetentionInWordsTest {

    @Test
    void yearsAsOperatorsWriteThemAreWholeYearsWithTheDays() {
        assertThat(RetentionInWords.of(Duration.ofDays(2192))).isEqualTo("6 years (2,192 days)");
        assertThat(RetentionInWords.of(Duration.ofDays(2190))).isEqualTo("6 years (2,190 days)");
        assertThat(RetentionInWords.of(Duration.ofDays(365))).isEqualTo("1 year (365 days)");
    }

    @Test
    void otherLongPeriodsAreAboutSoManyYears() {
        assertThat(RetentionInWords.of(Duration.ofDays(548))).isEqualTo("about 1.5 years (548 days)");
    }

    @Test
    void shortPeriodsAreSaidInTheirOwnUnits() {
        assertThat(RetentionInWords.of(Duration.ofDays(2))).isEqualTo("2 days");
        assertThat(RetentionInWords.of(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(RetentionInWords.of(Duration.ofHours(36))).isEqualTo("1 day and 12 hours");
        assertThat(RetentionInWords.of(Duration.ofSeconds(45))).isEqualTo("45 seconds");
        assertThat(RetentionInWords.of(Duration.ofMillis(2192))).isEqualTo("2 seconds and 192 milliseconds");
    }
}
