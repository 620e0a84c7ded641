package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The age bands' edges and the compact form of exploitation types, as stored for the analysts. */
class DecisionProfileTest {

    @Test
    void agesFallIntoTheirBandsAtEachEdge() {
        assertThat(DecisionProfile.ageBand(9)).isEqualTo("UNDER_10");
        assertThat(DecisionProfile.ageBand(10)).isEqualTo("10_TO_12");
        assertThat(DecisionProfile.ageBand(12)).isEqualTo("10_TO_12");
        assertThat(DecisionProfile.ageBand(13)).isEqualTo("13_TO_15");
        assertThat(DecisionProfile.ageBand(15)).isEqualTo("13_TO_15");
        assertThat(DecisionProfile.ageBand(16)).isEqualTo("16_TO_17");
        assertThat(DecisionProfile.ageBand(17)).isEqualTo("16_TO_17");
        assertThat(DecisionProfile.ageBand(18)).isEqualTo("18_AND_OVER");
        assertThat(DecisionProfile.ageBand(null)).isNull();
    }

    @Test
    void exploitationTypesAreStoredSortedAndReadBack() {
        assertThat(DecisionProfile.compact(List.of("MISSING", "CSE", "CSE"))).isEqualTo("CSE,MISSING");
        assertThat(DecisionProfile.compact(List.of())).isEmpty();
        assertThat(DecisionProfile.types("CSE,MISSING")).containsExactly("CSE", "MISSING");
        assertThat(DecisionProfile.types("")).isEmpty();
        assertThat(DecisionProfile.types(null)).isEmpty();
    }
}
