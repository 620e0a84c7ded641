package org.msettriage.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule cannot make a fact carry a word the contract's answer has no place for. */
class ContractWordsInFactsTest {

    @Test
    void aPathwayOrAKindOfExploitationOutsideTheContractIsARuleMistake() {
        assertThatThrownBy(() -> new Pathway("PRE_MEST"))
                .isInstanceOf(RuleMistake.class)
                .hasMessageStartingWith("'PRE_MEST' is not a pathway");
        assertThatThrownBy(() -> new ExploitationType("CES", "CSE", List.of("CSE01")))
                .isInstanceOf(RuleMistake.class)
                .hasMessage("'CES' is not a kind of exploitation: a kind is one of CSE, CCE, MISSING, TRAFFICKING,"
                        + " ONLINE");
        assertThat(new ExploitationType("CSE", "CSE", List.of("CSE01")).getType())
                .isEqualTo("CSE");
    }
}
