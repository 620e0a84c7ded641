package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionIdsTest {

    @Test
    void idsAreVersionSevenWithTheirTimeFirstSoLaterIdsSortAfterEarlierOnes() {
        UUID earlier = DecisionIds.at(1_764_633_600_000L);
        UUID later = DecisionIds.at(1_764_633_600_001L);

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(1_764_633_600_000L);
        // Databases compare UUIDs as unsigned bytes, most significant first, as this does.
        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void idsMadeInTheSameMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(DecisionIds.at(1_764_633_600_000L));
        }
        assertThat(ids).hasSize(10_000);
    }
}
