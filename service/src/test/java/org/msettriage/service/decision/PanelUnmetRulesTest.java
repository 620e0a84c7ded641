package org.msettriage.service.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.decision.RiskAssessment.Eligibility;
import org.msettriage.rules.decision.RiskAssessment.EligibilityNote;

/** The stored form of why the panel said no: one value for one set of rules, and nothing when it said yes. */
class PanelUnmetRulesTest {

    @Test
    void aRefusalStoresTheIdsOfTheRulesBehindItsReasonsSorted() {
        Eligibility refused = new Eligibility(
                false,
                List.of(
                        new EligibilityNote("NOT_LEVEL", "Not for the MSET panel: ...", "NOT_LEVEL"),
                        new EligibilityNote("NOT_ADDS_VALUE", "Not for the MSET panel: ...", "NOT_ADDS_VALUE")));

        assertThat(PanelUnmetRules.of(refused)).isEqualTo("NOT_ADDS_VALUE,NOT_LEVEL");
        assertThat(PanelUnmetRules.rules("NOT_ADDS_VALUE,NOT_LEVEL")).containsExactly("NOT_ADDS_VALUE", "NOT_LEVEL");
    }

    @Test
    void aPanelThatSaidYesStoresNothing() {
        Eligibility taken =
                new Eligibility(true, List.of(new EligibilityNote("ADDS_LOCATION", "The panel could add value", "X")));

        assertThat(PanelUnmetRules.of(taken)).isNull();
    }

    @Test
    void rulesTooLongForTheColumnAreNotRecordedRatherThanCutShort() {
        Eligibility refused =
                new Eligibility(false, List.of(new EligibilityNote("NOT_X", "", "N".repeat(PanelUnmetRules.MOST + 1))));

        assertThat(PanelUnmetRules.of(refused)).isNull();
    }

    @Test
    void anEarlierDecisionIsReadOnlyForThePolicysOwnRefusingRules() {
        assertThat(PanelUnmetRules.fromFired(Set.of("PRE_MISSING", "NOT_LEVEL", "NOT_INDICATED", "NOT_PRE_MSET")))
                .isEqualTo("NOT_LEVEL,NOT_PRE_MSET");
        assertThat(PanelUnmetRules.fromFired(Set.of("ADDS_LOCATION"))).isNull();
    }
}
