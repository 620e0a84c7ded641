package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.LegacyRiskLevelDto;
import org.msettriage.rules.policy.LegacyRiskLevel;

/**
 * A value a policy table may give is one the contract's answer can carry: the tables' check refuses any
 * other, so a ruleset that passed it cannot make the answer fail to map (it once made every EMERGING
 * referral a server error).
 */
class TableValuesInTheContractTest {

    @Test
    void theLegacyLevelsATableMayGiveAreTheContracts() {
        assertThat(Arrays.stream(LegacyRiskLevel.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(LegacyRiskLevelDto.values())
                        .map(Enum::name)
                        .toList());
    }
}
