package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The dashboard's sentence on disclosure control reads true for every setting, the demo's included. */
class ReportSettingsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theDefaultsWithholdAndRound() {
        assertThat(new ReportSettings(5, 5, LONDON).protection())
                .isEqualTo("So that no child can be picked out, counts from 1 to 4 are withheld, the others are"
                        + " rounded to the nearest 5, and where only one count of a row is withheld another is"
                        + " withheld with it.");
    }

    @Test
    void withNeitherEveryCountIsSaidToBeExact() {
        // The demo settings the coordinators' guide gives read "counts from 1 to 0 are withheld" before.
        assertThat(new ReportSettings(1, 1, LONDON).protection())
                .isEqualTo("Every count is exact: none is withheld or rounded.");
    }

    @Test
    void eachProtectionIsSaidOnItsOwn() {
        assertThat(new ReportSettings(2, 1, LONDON).protection())
                .isEqualTo("So that no child can be picked out, a count of 1 is withheld, and where only one count"
                        + " of a row is withheld another is withheld with it.");
        assertThat(new ReportSettings(1, 10, LONDON).protection())
                .isEqualTo("So that no child can be picked out, counts are rounded to the nearest 10.");
    }
}
