package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.engine.ScenarioMismatch;

/**
 * A referral's field by its JSON pointer, read the same way by the auditor (a link across referrals on the
 * decision page) and the policy lead (a question a scenario expects, on the check and ruleset pages).
 */
class ReferralFieldsTest {

    private final Labels labels = new Labels(version -> null, rule -> 0);

    @Test
    void aLinkedIdentifierNamesItsEntryCountedFromOne() {
        assertThat(ReferralFields.named("/perpetrators/0/nickname")).isEqualTo("Person of concern 1: nickname");
        assertThat(ReferralFields.named("/perpetrators/1/vehicle")).isEqualTo("Person of concern 2: vehicle");
        assertThat(ReferralFields.named("/locationsOfConcern/2/description"))
                .isEqualTo("Place of concern 3: description");
    }

    @Test
    void aQuestionNamesWhatItAsksAbout() {
        assertThat(ReferralFields.named("/child/careStatus")).isEqualTo("The child's care status");
        assertThat(ReferralFields.named("/missingEpisodes/1/policeRiskGrade"))
                .isEqualTo("Missing episode 2: police risk grade");
        assertThat(ReferralFields.named("/missingEpisodes/0/returnedAt"))
                .isEqualTo("Missing episode 1: when the child returned");
        assertThat(ReferralFields.named("/perpetrators/0/isAdult")).isEqualTo("Person of concern 1: whether an adult");
        assertThat(ReferralFields.named("/indicators")).isEqualTo("The indicators");
    }

    @Test
    void anIndexedEntryIsCountedAsAReaderCounts() {
        assertThat(ReferralFields.named("/indicators/2/code")).isEqualTo("Indicator 3: code");
        assertThat(ReferralFields.named("/indicators/2")).isEqualTo("Indicator 3");
        assertThat(ReferralFields.named("/perpetrators/12345678901")).isEqualTo("Person of concern 12345678902");
    }

    @Test
    void aPartNotYetKnownReadsAsItsNamesWordsAndNothingElseAsAPointer() {
        assertThat(ReferralFields.named("/schoolContacts/0/phoneNumber"))
                .isEqualTo("School contacts, entry 1: phone number");
        assertThat(ReferralFields.named("/referrer/teamName")).isEqualTo("Referrer: team name");
        assertThat(ReferralFields.named("not a pointer")).isEqualTo("Another field of the referral");
        assertThat(ReferralFields.named(null)).isEqualTo("Another field of the referral");
    }

    @Test
    void theDecisionPageAndTheScenarioCheckUseTheOneDefinition() {
        ScenarioOutcomeWords scenario = new ScenarioOutcomeWords(null);
        for (String pointer : new String[] {"/perpetrators/0/nickname", "/indicators/2/code", "/child/careStatus"}) {
            assertThat(labels.linkedField(pointer))
                    .as(pointer)
                    .isEqualTo(scenario.value("insufficientInformation", pointer))
                    .isEqualTo(ReferralFields.named(pointer));
        }
        assertThat(scenario.listed(
                        "insufficientInformation",
                        ScenarioMismatch.Shape.COUNTED,
                        List.of("/indicators/2/code", "/child/careStatus")))
                .isEqualTo("The child's care status, Indicator 3: code");
    }
}
