package org.msettriage.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only the filters given reach the query: a null value adds neither its condition nor its parameter. */
class GivenFiltersTest {

    @Test
    void noFilterGivenIsNoWhereAtAll() {
        GivenFilters none = new GivenFilters().and("a = :a", "a", null).and("b = :b", "b", null);

        assertThat(none.where()).isEmpty();
        assertThat(none.params()).isEmpty();
    }

    @Test
    void theFiltersGivenAreJoinedInTheOrderAddedAndTheOthersLeftOut() {
        GivenFilters some = new GivenFilters()
                .and("a = :a", "a", 1)
                .and("b = :b", "b", null)
                .and("c < :c", "c", "x");

        assertThat(some.where()).isEqualTo(" WHERE a = :a AND c < :c");
        assertThat(some.params()).isEqualTo(Map.of("a", 1, "c", "x"));
    }
}
