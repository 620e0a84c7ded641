package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision names each identifier once: the link count counts its rows as the decisions naming a name. */
class NewDecisionTest {

    private static final String ZED = "a".repeat(64);
    private static final String CAR = "b".repeat(64);

    @Test
    void aDecisionNamingAnIdentifierTwiceIsRefused() {
        assertThatThrownBy(() -> TestDecisions.naming(List.of(ZED, CAR, ZED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A decision names each identifier once; these repeat one");
    }

    @Test
    void distinctIdentifiersAreKeptInTheirOrder() {
        assertThat(TestDecisions.naming(List.of(CAR, ZED)).identifierHashes()).containsExactly(CAR, ZED);
    }
}
