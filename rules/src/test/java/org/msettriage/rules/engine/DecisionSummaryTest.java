package org.msettriage.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msettriage.rules.candidate.Candidates;
import org.msettriage.rules.decision.RiskAssessment.AppliedOverride;
import org.msettriage.rules.decision.RiskAssessment.Eligibility;
import org.msettriage.rules.decision.RiskAssessment.RecommendedAction;
import org.msettriage.rules.referral.RiskLevel;

/** The summary keeps to its limits even in the longest cases the policy tables allow. */
class DecisionSummaryTest {

    private final DecisionSummary summary =
            new DecisionSummary(Candidates.engine(Candidates.packaged()).policy());

    @Test
    void theLongestCaseStillFitsInSixtyWords() {
        Map<String, Integer> everyCategory = new LinkedHashMap<>();
        List.of("CSE", "CCE", "MIS", "MST", "ONL", "VUL", "PUSH", "PULL").forEach(c -> everyCategory.put(c, 1));
        List<AppliedOverride> everyChange = List.of(
                new AppliedOverride("OVR_NO_EXPLOITATION_INDICATOR", false, "cap"),
                new AppliedOverride("OVR_UNDER13_SEXUAL", true, "floor"),
                new AppliedOverride("OVR_JUDGEMENT_LOWER", false, "judgement"));

        String withTypes = summary.write(facts(
                40,
                RiskLevel.EMERGING,
                RiskLevel.SIGNIFICANT,
                List.of("CSE", "CCE", "MIS", "MST", "ONL"),
                everyCategory,
                everyChange));
        String withoutTypes =
                summary.write(facts(40, RiskLevel.EMERGING, RiskLevel.MODERATE, List.of(), everyCategory, everyChange));

        assertThat(DecisionSummary.words(withTypes)).isLessThanOrEqualTo(DecisionSummary.MAX_WORDS);
        assertThat(DecisionSummary.words(withoutTypes)).isLessThanOrEqualTo(DecisionSummary.MAX_WORDS);
        assertThat(withTypes).startsWith("Significant risk of sexual exploitation, criminal exploitation,");
    }

    @Test
    void aReferralAtNoRiskLevelWithSignsOfExploitationSaysSo() {
        String text =
                summary.write(facts(2, RiskLevel.NONE, RiskLevel.NONE, List.of("CSE"), Map.of("CSE", 2), List.of()));

        assertThat(text)
                .startsWith("No identified risk level, though there are signs of sexual exploitation. "
                        + "A score of 2 gives no identified risk level.");
    }

    private static DecisionSummary.Facts facts(
            int score,
            RiskLevel scoreLevel,
            RiskLevel level,
            List<String> types,
            Map<String, Integer> categories,
            List<AppliedOverride> overrides) {
        RecommendedAction action =
                new RecommendedAction("REVIEW_ASSESSMENT", "t", "a", "WITHIN_3_MONTHS", null, false, List.of(), null);
        return new DecisionSummary.Facts(
                score,
                scoreLevel,
                level,
                types,
                categories,
                overrides,
                "IMMEDIATE_SAFEGUARDING",
                new Eligibility(true, List.of()),
                List.of(action, action, action));
    }
}
