package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** RFC 9110, section 12.5.1: a type's weight is the one its most specific matching media range gives. */
class RefusedTypesTest {

    @Test
    void aTypeIsRefusedOnlyByAWeightOfZeroOnItsMostSpecificRange() {
        assertThat(refused("application/json;q=0")).isTrue();
        assertThat(refused("application/json;q=0, */*")).isTrue();
        assertThat(refused("*/*;q=0")).isTrue();
        assertThat(refused("application/*;q=0, text/html")).isTrue();
        assertThat(refused("*/*;q=0, application/json;q=0.1")).isFalse();
        assertThat(refused("application/json;q=0.001")).isFalse();
        assertThat(refused("application/json;q=0, application/json")).isFalse();
        // Not named at all: a preference the service disregards, not a refusal.
        assertThat(refused("application/xml;q=0")).isFalse();
        assertThat(refused("application/problem+json")).isFalse();
    }

    private static boolean refused(String accept) {
        return RefusedTypes.refused(MediaType.APPLICATION_JSON, MediaType.parseMediaTypes(accept));
    }
}
