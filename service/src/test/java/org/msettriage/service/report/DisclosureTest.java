package org.msettriage.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a line of counts is withheld by, each pinned on its own. */
class DisclosureTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ReportSettings DEFAULTS = new ReportSettings(5, 5, LONDON);

    @Test
    void theCountWithheldBesideALoneOneIsNeverAShownZero() {
        // Withheld below 2 and rounded to 5: a true 2 shows as 0. Taken as the smallest other, it would turn a
        // "0" into "withheld" and say it was not 0 (a review).
        ReportSettings coarse = new ReportSettings(2, 5, LONDON);

        List<Long> shown = Disclosure.line(List.of(2L, 7L, 1L, 40L), coarse);

        assertThat(shown).containsExactly(0L, null, null, 40L);
    }

    @Test
    void countsWithheldWithTheirGroupsTakeTheSmallestOtherWhateverTheyAre() {
        // Whether the rule fires depends on the groups withheld, which a reader sees, never on the counts: a
        // rule that fired only for withheld 0s told the reader they were 0 (a review).
        List<Long> wholes = Arrays.asList(null, null, 40L);

        assertThat(Disclosure.partsOf(List.of(0L, 0L, 40L), 40, wholes, DEFAULTS))
                .containsExactly(null, null, null);
        assertThat(Disclosure.partsOf(List.of(2L, 3L, 35L), 40, wholes, DEFAULTS))
                .containsExactly(null, null, null);
    }

    @Test
    void aLineOfWhichOnlyAFewHaveAGroupIsWithheldWhole() {
        // A month of 20 referrals, 17 stored before routes were kept: the 3 routed would be read off the 0s.
        assertThat(Disclosure.line(List.of(0L, 3L, 0L, 0L), 20, DEFAULTS)).containsOnlyNulls();
        assertThat(Disclosure.line(List.of(0L, 3L, 0L, 0L), 2, DEFAULTS)).containsOnlyNulls();
        assertThat(Disclosure.line(List.of(0L, 12L, 0L, 8L), 20, DEFAULTS)).containsExactly(0L, 10L, 0L, 10L);
    }
}
