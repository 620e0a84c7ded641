package org.msettriage.service.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTraceTest {

    @Test
    void describesAFailureByTypeAndPlaceButNeverByItsMessage() {
        Exception failure = new IllegalStateException(
                "could not map childRef canary-child-42", new IllegalArgumentException("nickname canary-zed"));

        String described = SafeTrace.describe(failure);

        assertThat(described)
                .contains("java.lang.IllegalStateException", "caused by java.lang.IllegalArgumentException")
                .contains("at org.msettriage.service.problem.SafeTraceTest")
                .doesNotContain("canary");
    }

    @Test
    void namesAFailureForAPersonByItsTypesOnOneLine() {
        Exception failure = new IllegalStateException(
                "could not open for canary-child-42", new java.sql.SQLException("canary-zed", "90020"));

        assertThat(SafeTrace.typesOf(failure))
                .isEqualTo("IllegalStateException, caused by SQLException (SQL state 90020)");
    }
}
