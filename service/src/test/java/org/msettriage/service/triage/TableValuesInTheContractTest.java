package org.msettriage.service.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.api.model.DecisionAccessDto;
import org.msettriage.api.model.ExploitationTypeDto;
import org.msettriage.api.model.LegacyRiskLevelDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.rules.facts.Pathway;
import org.msettriage.rules.policy.ExploitationTypeName;
import org.msettriage.rules.policy.LegacyRiskLevel;
import org.msettriage.service.audit.AccessLog;

/**
 * A value a policy table or a rule may give is one the contract's answer can carry: the tables' check and
 * the pathway refuse any other, so a ruleset that passed validation cannot make the answer fail to map (a
 * legacy level once made every EMERGING referral a server error). So is every channel the access log
 * records: one the contract did not name would make the log and every record that shows it fail to map.
 */
class TableValuesInTheContractTest {

    @Test
    void theExploitationTypesATableMayGiveAreTheContracts() {
        assertThat(names(ExploitationTypeName.values())).isEqualTo(names(ExploitationTypeDto.values()));
    }

    @Test
    void thePathwaysARuleMayNameAreTheContracts() {
        assertThat(Pathway.CODES).isEqualTo(names(PathwayDto.values()));
    }

    @Test
    void theLegacyLevelsATableMayGiveAreTheContracts() {
        assertThat(names(LegacyRiskLevel.values())).isEqualTo(names(LegacyRiskLevelDto.values()));
    }

    @Test
    void theChannelsTheAccessLogRecordsAreTheContracts() {
        assertThat(names(AccessLog.Channel.values())).isEqualTo(names(DecisionAccessDto.ChannelEnum.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
