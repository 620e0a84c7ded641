package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.ExploitationTypeDto;
import org.msettriage.api.model.LegacyRiskLevelDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.rules.facts.Pathway;
import org.msettriage.rules.policy.ExploitationTypeName;
import org.msettriage.rules.policy.LegacyRiskLevel;

/**
 * A value a policy table or a rule may give is one the contract's answer can carry: the tables' check and
 * the pathway refuse any other, so a ruleset that passed validation cannot make the answer fail to map (a
 * legacy level once made every EMERGING referral a server error).
 */
class TableValuesInTheContractTest {

    @Test
    void theExploitationTypesATableMayGiveAreTheContracts() {
        assertThat(Arrays.stream(ExploitationTypeName.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(ExploitationTypeDto.values())
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void thePathwaysARuleMayNameAreTheContracts() {
        assertThat(Pathway.CODES)
                .containsExactlyElementsOf(
                        Arrays.stream(PathwayDto.values()).map(Enum::name).toList());
    }

    @Test
    void theLegacyLevelsATableMayGiveAreTheContracts() {
        assertThat(Arrays.stream(LegacyRiskLevel.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(LegacyRiskLevelDto.values())
                        .map(Enum::name)
                        .toList());
    }
}
