package org.msettriage.service.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.msettriage.api.model.ActivationProposalDto;
import org.msettriage.api.model.TriageDecisionDto;

/**
 * Read from the contract itself: the answers' optional fields that may not be null are left out when
 * empty, while the stored triage answer and referral (and all they use) are written as they always were.
 */
class ContractNullsTest {

    private final ContractNulls contract = ContractNulls.of(new ApiDocument().parsed());

    @Test
    void optionalFieldsThatMayNotBeNullAreLeftOut() {
        assertThat(contract.leftOutWhenNull("DecisionSummary")).contains("latestFeedback", "localAuthority", "pathway");
        assertThat(contract.leftOutWhenNull("ActivationProposal")).contains("reviewedAt", "reviewedBy");
        assertThat(contract.leftOutWhenNull("ImpactJob")).contains("estimatedSecondsLeft");
        assertThat(contract.leftOutWhenNull("RulesetActivation")).contains("proposalId", "proposedBy");
    }

    @Test
    void requiredAndNullableFieldsAreNot() {
        assertThat(contract.leftOutWhenNull("DecisionSummary")).doesNotContain("decisionId");
        // "Only in auditors' views; null after the retention period": nullable, so written as null.
        assertThat(contract.leftOutWhenNull("Feedback"))
                .doesNotContain("comment")
                .contains("reasonCode");
    }

    @Test
    void aFieldNullableThroughTheSchemaItRefersToIsWrittenAsNull() {
        // placeType refers to LocationTypeOrNull (OpenAPI 3.0.3 adds null to a schema's own type only).
        assertThat(contract.leftOutWhenNull("PanelPlaceOrPerpetrator")).doesNotContain("placeType");
    }

    @Test
    void theStoredAnswerAndReferralAndAllTheyUseAreWrittenAsBefore() {
        assertThat(contract.leftOutWhenNull("TriageDecision")).isEmpty();
        assertThat(contract.leftOutWhenNull("RecommendedAction")).isEmpty();
        assertThat(contract.leftOutWhenNull("TriageRequest")).isEmpty();
        assertThat(contract.leftOutWhenNull("Perpetrator")).isEmpty();
    }

    @Test
    void aGeneratedModelNamesItsSchema() {
        assertThat(AbsentFieldsMapper.schemaOf(ActivationProposalDto.class)).isEqualTo("ActivationProposal");
        assertThat(AbsentFieldsMapper.schemaOf(TriageDecisionDto.class)).isEqualTo("TriageDecision");
        assertThat(AbsentFieldsMapper.schemaOf(String.class)).isEmpty();
    }
}
