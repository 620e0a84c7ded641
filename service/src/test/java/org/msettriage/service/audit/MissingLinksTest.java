package org.msettriage.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The positions missing from the chain, in words: every one when few, the count and both ends when many. */
class MissingLinksTest {

    @Test
    void noMissingPositionIsNoSentence() {
        assertThat(new MissingLinks.Counter().found()).isEmpty();
    }

    @Test
    void oneMissingPositionIsNamed() {
        assertThat(counted(4).inWords()).isEqualTo("1 link is missing from the chain: position 4.");
    }

    @Test
    void aFewMissingPositionsAreEachNamedNotOnlyTheLast() {
        MissingLinks missing = counted(4, 5, 6, 9);

        assertThat(missing.first()).containsExactly(4L, 5L, 6L, 9L);
        assertThat(missing.last()).isEmpty();
        assertThat(missing.inWords()).isEqualTo("4 links are missing from the chain: positions 4, 5, 6 and 9.");
    }

    @Test
    void manyMissingPositionsAreCountedWithTheFirstAndLastFive() {
        MissingLinks.Counter counter = new MissingLinks.Counter();
        for (long position = 3; position <= 1502; position++) {
            counter.add(position);
        }
        MissingLinks missing = counter.found().orElseThrow();

        assertThat(missing.count()).isEqualTo(1500);
        assertThat(missing.first()).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(missing.last()).containsExactly(1498L, 1499L, 1500L, 1501L, 1502L);
        assertThat(missing.inWords())
                .isEqualTo("1,500 links are missing from the chain: the first 5 at positions 3, 4, 5, 6 and 7,"
                        + " and the last 5 at positions 1,498, 1,499, 1,500, 1,501 and 1,502.");
    }

    @Test
    void tenMissingPositionsAreStillEachNamed() {
        MissingLinks missing = counted(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        assertThat(missing.last()).isEmpty();
        assertThat(missing.inWords()).contains("10 links", "positions 1, 2, 3, 4, 5, 6, 7, 8, 9 and 10.");
        assertThat(counted(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).last()).containsExactly(7L, 8L, 9L, 10L, 11L);
    }

    private static MissingLinks counted(long... positions) {
        MissingLinks.Counter counter = new MissingLinks.Counter();
        for (long position : positions) {
            counter.add(position);
        }
        return counter.found().orElseThrow();
    }

    @Test
    void theListsAreKeptAsGiven() {
        assertThat(new MissingLinks(2, List.of(4L, 5L), List.of()).inWords())
                .isEqualTo("2 links are missing from the chain: positions 4 and 5.");
    }
}
