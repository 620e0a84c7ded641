package org.msettriage.service.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.msettriage.api.model.CareStatusDto;
import org.msettriage.api.model.DecisionAccessDto;
import org.msettriage.api.model.DecisionLinkDto;
import org.msettriage.api.model.ExploitationTypeDto;
import org.msettriage.api.model.FeedbackOutcomeDto;
import org.msettriage.api.model.GenderDto;
import org.msettriage.api.model.JudgementDirectionDto;
import org.msettriage.api.model.LegacyRiskLevelDto;
import org.msettriage.api.model.LocalAuthorityDto;
import org.msettriage.api.model.LocationTypeDto;
import org.msettriage.api.model.OverrideReasonDto;
import org.msettriage.api.model.PathwayDto;
import org.msettriage.api.model.PoliceRiskGradeDto;
import org.msettriage.api.model.RecencyDto;
import org.msettriage.api.model.ReferringAgencyDto;
import org.msettriage.api.model.RiskLevelDto;
import org.msettriage.rules.engine.RulesetFiles;
import org.msettriage.rules.engine.TriageEngine;
import org.msettriage.rules.policy.ActionDefinition;
import org.msettriage.rules.policy.Policy;
import org.msettriage.rules.referral.CareStatus;
import org.msettriage.rules.referral.Gender;
import org.msettriage.rules.referral.JudgementDirection;
import org.msettriage.rules.referral.LocalAuthority;
import org.msettriage.rules.referral.LocationType;
import org.msettriage.rules.referral.PoliceRiskGrade;
import org.msettriage.rules.referral.Recency;
import org.msettriage.rules.referral.ReferringAgency;
import org.msettriage.rules.referral.RiskLevel;

/** Every code a decision or its referral can hold has words of its own, never the code again. */
class LabelsTest {

    private static final Policy PACKAGED =
            TriageEngine.readPolicy(RulesetFiles.fromClasspath(RulesetFiles.DEFAULT_CLASSPATH_FOLDER));

    private static final String CSE03 = "Seen getting into or out of vehicles driven by unknown adults";

    private final Labels labels = new Labels(version -> PACKAGED, ruleId -> ruleId.startsWith("PATHWAY") ? 5 : 0);

    @Test
    void anActionReadsAsItsTitleInItsRulesetsCatalogue() {
        assertThat(labels.action("2026.11.0", "POLICE_MARKER"))
                .isEqualTo("Add or update the exploitation marker on police systems");
        assertThat(labels.action("2026.11.0", "REVIEW_ASSESSMENT"))
                .isEqualTo("Review the risk assessment within three months")
                .isNotEqualTo("Review assessment");
    }

    @TestFactory
    Stream<DynamicTest> everyValueOfTheReferralModelHasWords() {
        Map<String, Labelled> enums = Map.ofEntries(
                Map.entry("risk level (rules)", new Labelled(RiskLevel.values(), labels::riskLevel)),
                Map.entry("risk level", new Labelled(RiskLevelDto.values(), labels::riskLevel)),
                Map.entry("older risk level", new Labelled(LegacyRiskLevelDto.values(), labels::legacyRiskLevel)),
                Map.entry("pathway", new Labelled(PathwayDto.values(), labels::pathway)),
                Map.entry("gender (rules)", new Labelled(Gender.values(), labels::gender)),
                Map.entry("gender", new Labelled(GenderDto.values(), labels::gender)),
                Map.entry("care status (rules)", new Labelled(CareStatus.values(), labels::careStatus)),
                Map.entry("care status", new Labelled(CareStatusDto.values(), labels::careStatus)),
                Map.entry("referring agency (rules)", new Labelled(ReferringAgency.values(), labels::agency)),
                Map.entry("referring agency", new Labelled(ReferringAgencyDto.values(), labels::agency)),
                Map.entry("local authority (rules)", new Labelled(LocalAuthority.values(), labels::localAuthority)),
                Map.entry("local authority", new Labelled(LocalAuthorityDto.values(), labels::localAuthority)),
                Map.entry("recency (rules)", new Labelled(Recency.values(), labels::recency)),
                Map.entry("recency", new Labelled(RecencyDto.values(), labels::recency)),
                Map.entry("police grade (rules)", new Labelled(PoliceRiskGrade.values(), labels::policeGrade)),
                Map.entry("police grade", new Labelled(PoliceRiskGradeDto.values(), labels::policeGrade)),
                Map.entry("kind of place (rules)", new Labelled(LocationType.values(), labels::locationType)),
                Map.entry("kind of place", new Labelled(LocationTypeDto.values(), labels::locationType)),
                Map.entry("judgement (rules)", new Labelled(JudgementDirection.values(), labels::judgementDirection)),
                Map.entry("judgement", new Labelled(JudgementDirectionDto.values(), labels::judgementDirection)),
                Map.entry("exploitation", new Labelled(ExploitationTypeDto.values(), labels::exploitationType)),
                Map.entry("feedback", new Labelled(FeedbackOutcomeDto.values(), labels::feedbackOutcome)),
                Map.entry("override reason", new Labelled(OverrideReasonDto.values(), labels::overrideReason)),
                Map.entry("channel", new Labelled(DecisionAccessDto.ChannelEnum.values(), labels::channel)),
                Map.entry("link", new Labelled(DecisionLinkDto.KindEnum.values(), labels::linkKind)));
        return enums.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(kind -> DynamicTest.dynamicTest(
                        kind.getKey(), () -> kind.getValue().assertWords()));
    }

    @Test
    void everyLeadAgencyAndTimescaleOfTheActionTableHasWords() {
        for (ActionDefinition action : PACKAGED.actions()) {
            assertWords(action.leadAgency(), labels.agency(action.leadAgency()));
            assertWords(action.timescale(), labels.timescale(action.timescale()));
        }
        assertThat(labels.agency("CHILDRENS_SOCIAL_CARE")).isEqualTo("Children's social care");
        assertThat(labels.timescale("WITHIN_24_HOURS")).isEqualTo("Within 24 hours");
    }

    @Test
    void indicatorsAndCategoriesReadAsTheirTitlesInTheRuleset() {
        assertThat(labels.indicator("2026.11.0", "CSE03")).isEqualTo(CSE03);
        assertThat(labels.category("2026.11.0", "CSE")).isEqualTo("Sexual exploitation");
        assertThat(labels.indicator("2026.11.0", "XYZ99")).isEqualTo("Indicator XYZ99 (not in the catalogue)");
        assertThat(labels.band("2026.11.0", RiskLevelDto.MODERATE)).isEqualTo("13 to 24 points");
        assertThat(labels.band("2026.11.0", RiskLevelDto.SIGNIFICANT)).isEqualTo("25 and over points");
    }

    @Test
    void theCodesASentenceOfTheRulesListsReadAsWords() {
        assertThat(labels.sentence("2026.11.0", "There is a sign of exploitation (CSE02, CSE03)"))
                .isEqualTo("There is a sign of exploitation (Relationship with an older or controlling adult"
                        + " ('boyfriend'/'girlfriend'); " + CSE03 + ")");
        assertThat(labels.sentence("2026.11.0", "Recommended, because (ADDS_PERPETRATOR)"))
                .isEqualTo("Recommended, because (a person of concern is named)");
        // Every reason for or against screening or the panel, by the words every page gives it.
        assertThat(labels.sentence("2026.11.0", "Held (PRE_EXPLOITATION, ADDS_SIGNIFICANT, LINKED_VEHICLE)"))
                .isEqualTo("Held (a sign of exploitation at Emerging risk or above; the risk is Significant;"
                        + " a vehicle other children's referrals also name)");
        assertThat(labels.sentence("2026.11.0", "A list with an unknown code stays (CSE03, XYZ_1)"))
                .isEqualTo("A list with an unknown code stays (CSE03, XYZ_1)");
        assertThat(labels.sentence("2026.11.0", "Words in brackets (as here) stay"))
                .isEqualTo("Words in brackets (as here) stay");
    }

    @Test
    void anExplanationReadsWithItsCodesInWordsAndKeepsEachCodeAfterItsTitle() {
        String mis02 = PACKAGED.indicator("MIS02").getTitle();
        String mis04 = PACKAGED.indicator("MIS04").getTitle();
        String cse01 = PACKAGED.indicator("CSE01").getTitle();
        assertThat(labels.explanation("2026.11.0", "Sexual exploitation: shown by CSE03"))
                .isEqualTo("Sexual exploitation: shown by " + CSE03 + " (CSE03)");
        assertThat(labels.explanation("2026.11.0", "Missing: shown by MIS02, MIS04"))
                .isEqualTo("Missing: shown by " + mis02 + " (MIS02), " + mis04 + " (MIS04)");
        // Already after its title, the code stays to trace it; the tier letter reads as its name.
        assertThat(labels.explanation("2026.11.0", mis02 + " (MIS02, tier S, current, from the missing episodes): +5"))
                .isEqualTo(mis02 + " (MIS02, significant tier, current, from the missing episodes): +5");
        assertThat(labels.explanation("2026.11.0", "A disclosure (CSE01, current): the level is at least Moderate"))
                .isEqualTo("A disclosure (" + cse01 + ", current): the level is at least Moderate");
        assertThat(labels.explanation("2026.11.0", "CSE03 was given 2 times; it counts once"))
                .isEqualTo(CSE03 + " (CSE03) was given 2 times; it counts once");
        assertThat(labels.explanation("2026.11.0", "PROT06 (a stable placement) was not counted"))
                .isEqualTo(PACKAGED.indicator("PROT06").getTitle() + " [PROT06] (a stable placement) was not counted");
        assertThat(labels.explanation("2026.11.0", "A critical indicator was seen (CSE02, CSE03)"))
                .isEqualTo(labels.sentence("2026.11.0", "A critical indicator was seen (CSE02, CSE03)"));
    }

    @Test
    void anExplanationLeavesAloneWhatIsNotACodeOfTheCatalogue() {
        for (String kept : List.of(
                "XYZ99 is not an indicator, nor is AB1 or ABCDEF12",
                "The rule INDICATOR_POINTS and tier Q stay",
                "Missing episode 2 lasted 30 hours",
                "Words in brackets (as here) stay")) {
            assertThat(labels.explanation("2026.11.0", kept)).isEqualTo(kept);
        }
        assertThat(labels.explanation("2026.11.0", null)).isEmpty();
    }

    @Test
    void pointsAreCountedInWords() {
        assertThat(labels.points(1)).isEqualTo("+1 point");
        assertThat(labels.points(5)).isEqualTo("+5 points");
        assertThat(labels.points(-1)).isEqualTo("\u22121 point");
        assertThat(labels.points(0)).isEqualTo("no points");
        assertThat(labels.points(null)).isEqualTo("no points");
    }

    @Test
    void aMissingEpisodeLastsDaysAndHours() {
        OffsetDateTime went = OffsetDateTime.parse("2026-10-20T18:00:00Z");
        assertThat(labels.duration(went, OffsetDateTime.parse("2026-10-22T09:30:00Z")))
                .isEqualTo("1 day 15 hours");
        assertThat(labels.duration(went, OffsetDateTime.parse("2026-10-20T21:45:00Z")))
                .isEqualTo("3 hours 45 minutes");
        assertThat(labels.duration(went, went)).isEqualTo("0 minutes");
        assertThat(labels.duration(went, null)).isEqualTo("Not known");
    }

    @Test
    void reasonsAreGroupedByTheirPolicyStepInThePolicysOrder() {
        assertThat(labels.sections(List.of("SCORE", "PATHWAY_MSET_PANEL", "PATHWAY_PRE_MSET")))
                .containsExactly(5, 0);
        assertThat(labels.policyStep(5)).isEqualTo("5. Pathway");
        assertThat(labels.policyStep(0)).isEqualTo("Other rules");
    }

    @Test
    void linksNameTheIdentifierOfThisReferral() {
        assertThat(labels.linkedField("/perpetrators/0/nickname")).isEqualTo("Person of concern 1: nickname");
        assertThat(labels.linkedField("/locationsOfConcern/2/description"))
                .isEqualTo("Place of concern 3: description");
    }

    @Test
    void readersAreNamedWithHowTheySignedIn() {
        assertThat(labels.who("API_KEY:demo-auditor")).isEqualTo("demo-auditor (API key)");
        assertThat(labels.who("JWT:alice")).isEqualTo("alice (signed in by the identity provider)");
        assertThat(labels.who(null)).isEqualTo("Not recorded");
    }

    private static void assertWords(Object code, String words) {
        assertThat(words).as("words for %s", code).isNotBlank().isNotEqualTo(code.toString());
        assertThat(words).as("words for %s", code).doesNotContain("_");
    }

    private record Labelled(Object[] values, Function<Object, String> words) {

        void assertWords() {
            for (Object value : values) {
                LabelsTest.assertWords(value, words.apply(value));
            }
        }
    }
}
